import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';

/**
 * The confirmation before an access rule is deleted, naming what stops working for whom: the sharing pages and
 * the endpoint administrator's console ask the same question. The caller runs the deletion and says why it failed.
 */
export function RemoveAccessDialog({
  who,
  rule,
  pending,
  problem,
  onConfirm,
  onClose,
}: {
  who: string;
  // Anything but 'rw' is read-only (Transfer's values are 'r' and 'rw').
  rule: { path?: string | null; permissions: string };
  pending: boolean;
  problem: { title: string; detail: string } | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const path = rule.path ?? '/';
  return (
    <Modal
      title={`Remove ${who}’s access to ${path}?`}
      onClose={onClose}
      footer={
        <>
          {/* The safe choice has the focus, so Enter does not remove. */}
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button variant="primary" disabled={pending} onClick={onConfirm}>
            {pending ? 'Removing…' : 'Remove access'}
          </Button>
        </>
      }
    >
      <p>
        {who} will no longer be able to{' '}
        {rule.permissions === 'rw' ? 'list, download, upload or change' : 'list or download'} files in {path}, unless
        another permission still covers it. Transfers they already started there will fail.
      </p>
      {problem ? <DialogError title={problem.title} detail={problem.detail} /> : null}
    </Modal>
  );
}
