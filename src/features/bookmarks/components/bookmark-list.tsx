import { useEffect, useRef, useState } from 'react';
import type { Bookmark } from '@/lib/globus/transfer-types';
import { Spinner } from '@/components/ui/spinner';
import { useBookmarkTargets } from '@/features/bookmarks/api/bookmark-collections';
import { useDeleteBookmark, useRenameBookmark } from '@/features/bookmarks/api/bookmark-mutations';
import { useBookmarks } from '@/features/bookmarks/api/list-bookmarks';
import { BookmarkNameDialog } from '@/features/bookmarks/components/bookmark-name-dialog';
import { BookmarkRow } from '@/features/bookmarks/components/bookmark-row';
import { DeleteBookmarkDialog } from '@/features/bookmarks/components/delete-bookmark-dialog';
import { ErrorText } from '@/features/bookmarks/components/error-text';

export type BookmarkListProps = {
  onOpen: (collectionId: string, path: string) => void;
  /** Shows only bookmarks whose name or path contains this text. */
  filter?: string;
};

/** The user's bookmarks with open, rename and delete. */
export function BookmarkList({ onOpen, filter = '' }: BookmarkListProps) {
  const bookmarks = useBookmarks();
  const all = bookmarks.data ?? [];
  const targets = useBookmarkTargets(all.map((b) => b.endpoint_id));
  const rename = useRenameBookmark();
  const remove = useDeleteBookmark();
  const [renaming, setRenaming] = useState<Bookmark | null>(null);
  const [deleting, setDeleting] = useState<Bookmark | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  // The deleted row and its Delete button are gone: once the dialog has closed (and handed focus back to that
  // button), keep focus on the bookmarks rather than the page body.
  const focusListAfterDelete = useRef(false);
  useEffect(() => {
    if (deleting || !focusListAfterDelete.current) return;
    focusListAfterDelete.current = false;
    rootRef.current?.focus();
  }, [deleting]);

  const needle = filter.trim().toLowerCase();
  const shown = needle ? all.filter((b) => `${b.name} ${b.path}`.toLowerCase().includes(needle)) : all;

  if (bookmarks.isPending) return <Spinner label="Loading bookmarks" />;
  if (bookmarks.isError) return <ErrorText error={bookmarks.error} />;
  return (
    <div
      ref={rootRef}
      tabIndex={-1}
      aria-label="Bookmarks"
      role="region"
      className="flex flex-col gap-2 focus:outline-none"
    >
      <p className="text-xs text-slate-600" aria-live="polite">
        {all.length === 0
          ? 'No bookmarks yet. Open a folder and choose “Bookmark this folder”.'
          : shown.length === 0
            ? `No bookmarks match “${filter.trim()}”.`
            : `${shown.length} bookmark${shown.length === 1 ? '' : 's'}`}
      </p>
      <ul aria-label="Bookmarks" className="rounded-md border border-slate-200 bg-white" hidden={shown.length === 0}>
        {shown.map((b) => (
          <BookmarkRow
            key={b.id}
            bookmark={b}
            target={targets.get(b.endpoint_id) ?? { state: 'loading' }}
            onOpen={() => onOpen(b.endpoint_id, b.path)}
            onRename={() => setRenaming(b)}
            onDelete={() => setDeleting(b)}
          />
        ))}
      </ul>
      {renaming ? (
        <BookmarkNameDialog
          title={`Rename the bookmark “${renaming.name}”`}
          initialName={renaming.name}
          submitLabel="Rename"
          pending={rename.isPending}
          error={rename.error}
          onClose={() => {
            setRenaming(null);
            rename.reset();
          }}
          onSubmit={(name) => rename.mutate({ id: renaming.id, name }, { onSuccess: () => setRenaming(null) })}
        />
      ) : null}
      {deleting ? (
        <DeleteBookmarkDialog
          bookmark={deleting}
          pending={remove.isPending}
          error={remove.error}
          onClose={() => {
            setDeleting(null);
            remove.reset();
          }}
          onConfirm={() =>
            // On failure the dialog stays open and shows the error.
            remove.mutate(deleting.id, {
              onSuccess: () => {
                focusListAfterDelete.current = true;
                setDeleting(null);
              },
            })
          }
        />
      ) : null}
    </div>
  );
}
