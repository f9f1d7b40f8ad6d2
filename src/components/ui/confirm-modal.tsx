import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';

/**
 * The question before something that cannot be taken back (a delete, a removal, a cancel): the safe choice has
 * the focus, so Enter never confirms, and the confirm button says it is working while the request runs.
 */
export function ConfirmModal({
  title,
  confirmLabel,
  pendingLabel,
  cancelLabel = 'Cancel',
  pending,
  danger = false,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel?: string;
  pending: boolean;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            {cancelLabel}
          </Button>
          <Button
            variant="primary"
            className={danger ? '!bg-red-700 !border-red-700' : undefined}
            disabled={pending}
            onClick={onConfirm}
          >
            {pending ? pendingLabel : confirmLabel}
          </Button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
