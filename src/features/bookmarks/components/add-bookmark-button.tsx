import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useCreateBookmark } from '@/features/bookmarks/api/bookmark-mutations';
import { BookmarkNameDialog } from '@/features/bookmarks/components/bookmark-name-dialog';
import { folderName } from '@/features/bookmarks/lib/folder-name';

export type AddBookmarkProps = {
  collectionId: string;
  collectionName: string;
  /** The folder as Transfer reports it (absolute); '' while the pane has not resolved it yet. */
  path: string;
  /** The button's text; "Bookmark this folder" unless told. */
  label?: string;
};

/** "Bookmark this folder": asks for a name (the folder's own by default) and saves the location. */
export function AddBookmarkButton({
  collectionId,
  collectionName,
  path,
  label = 'Bookmark this folder',
}: AddBookmarkProps) {
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const create = useCreateBookmark();
  useEffect(() => {
    if (!saved) return;
    const t = setTimeout(() => setSaved(false), 4000);
    return () => clearTimeout(t);
  }, [saved]);

  const close = () => {
    setOpen(false);
    create.reset();
  };
  return (
    <>
      <Button
        size="sm"
        variant="ghost"
        disabled={!path}
        onClick={() => {
          setSaved(false);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <span role="status" className="text-xs text-green-800">
        {saved ? 'Bookmark added' : ''}
      </span>
      {open ? (
        <BookmarkNameDialog
          title="Bookmark this folder"
          initialName={folderName(path, collectionName)}
          submitLabel="Add bookmark"
          pending={create.isPending}
          error={create.error}
          onClose={close}
          onSubmit={(name) =>
            create.mutate(
              { name, collectionId, path },
              {
                onSuccess: () => {
                  setOpen(false);
                  setSaved(true);
                },
              },
            )
          }
        >
          <p>
            <span className="font-medium">{collectionName}</span>{' '}
            <span className="font-mono text-xs break-all text-slate-600">{path}</span>
          </p>
        </BookmarkNameDialog>
      ) : null}
    </>
  );
}
