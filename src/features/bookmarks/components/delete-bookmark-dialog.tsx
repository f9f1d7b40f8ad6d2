import type { Bookmark } from '@/lib/globus/transfer-types';
import { ConfirmModal } from '@/components/ui/confirm-modal';
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
    <ConfirmModal
      title={`Delete the bookmark “${bookmark.name}”?`}
      confirmLabel="Delete bookmark"
      pendingLabel="Deleting…"
      pending={pending}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>Only the bookmark goes; the folder and its files stay where they are.</p>
      {error ? (
        <div className="mt-3">
          <ErrorText error={error} />
        </div>
      ) : null}
    </ConfirmModal>
  );
}
