import { useEffect, useId, useRef, useState } from 'react';
import { AddBookmarkButton, type AddBookmarkProps } from '@/features/bookmarks/components/add-bookmark-button';
import { BookmarkList } from '@/features/bookmarks/components/bookmark-list';

export type BookmarkMenuProps = AddBookmarkProps & { onOpen: (collectionId: string, path: string) => void };

/**
 * A pane-toolbar disclosure: bookmark the current folder, or open, rename and delete bookmarks.
 * Escape or opening a bookmark closes it and returns focus to the toggle.
 */
export function BookmarkMenu({ collectionId, collectionName, path, onOpen }: BookmarkMenuProps) {
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    // Close when focus or a click lands outside the panel (but not inside one of its dialogs).
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (panelRef.current?.contains(t) || toggleRef.current?.contains(t)) return;
      if ((t as Element).closest?.('[role="dialog"]')) return;
      setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  return (
    <div className="relative">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="inline-flex h-7 items-center rounded-md border border-transparent px-2 text-xs font-medium text-slate-700 hover:bg-slate-200/70 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        Bookmarks
      </button>
      <div
        ref={panelRef}
        id={panelId}
        hidden={!open}
        // Only catches Escape bubbling up from the controls inside; the panel itself is not interactive.
        role="presentation"
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !e.defaultPrevented) {
            e.stopPropagation();
            close();
          }
        }}
        className="absolute right-0 z-30 mt-1 flex w-96 max-w-[90vw] flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
      >
        {open ? (
          <>
            <div className="flex items-center gap-2">
              <AddBookmarkButton collectionId={collectionId} collectionName={collectionName} path={path} />
            </div>
            <BookmarkList
              onOpen={(id, p) => {
                close();
                onOpen(id, p);
              }}
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
