import type { Bookmark } from '@/lib/globus/transfer-types';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { ErrorText } from '@/features/bookmarks/components/error-text';

export function DeleteBookmarkDialog({
  bookmark,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  bookmark: Bookmark;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Modal
      title={`Delete the bookmark “${bookmark.name}”?`}
      onClose={onClose}
      footer={
        <>
          {/* The safe choice has the focus, so Enter does not delete. */}
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button variant="primary" disabled={pending} onClick={onConfirm}>
            {pending ? 'Deleting…' : 'Delete bookmark'}
          </Button>
        </>
      }
    >
      <p>Only the bookmark goes; the folder and its files stay where they are.</p>
      {error ? (
        <div className="mt-3">
          <ErrorText error={error} />
        </div>
      ) : null}
    </Modal>
  );
}
