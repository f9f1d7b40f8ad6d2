import type { Bookmark } from '@/lib/globus/transfer-types';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
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
    <Dialog title={`Delete the bookmark “${bookmark.name}”?`} onClose={onClose}>
      <p>Only the bookmark goes; the folder and its files stay where they are.</p>
      <div className="mt-3 flex flex-col gap-3">
        <ErrorText error={error} />
        <div className="flex justify-end gap-2">
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" disabled={pending} onClick={onConfirm}>
            {pending ? 'Deleting…' : 'Delete bookmark'}
          </Button>
        </div>
      </div>
    </Dialog>
  );
}
