import type { Bookmark } from '@/lib/globus/transfer-types';
import { Button } from '@/components/ui/button';
import { useCollectionName } from '@/components/collection-name/use-collection-name';
import type { BookmarkTarget } from '@/features/bookmarks/api/bookmark-collections';

/** One bookmark: open it, rename it, delete it. A bookmark whose collection is gone can only be deleted. */
export function BookmarkRow({
  bookmark,
  target,
  onOpen,
  onRename,
  onDelete,
}: {
  bookmark: Bookmark;
  target: BookmarkTarget;
  onOpen: () => void;
  onRename: () => void;
  onDelete: () => void;
}) {
  const gone = target.state === 'gone';
  // A collection that could not be checked is named as the panes name it (remembered, or "unavailable").
  const name = useCollectionName(
    bookmark.endpoint_id,
    target.state === 'ok' ? target.name || null : target.state === 'unknown' ? null : undefined,
  );
  const where = gone ? 'collection was deleted' : target.state === 'loading' ? 'Checking the collection…' : name;
  return (
    <li
      className={`flex items-center gap-2 border-b border-slate-100 px-2 py-1.5 last:border-b-0 ${gone ? 'bg-slate-50' : ''}`}
    >
      <button
        type="button"
        disabled={gone}
        onClick={onOpen}
        aria-label={gone ? `${bookmark.name} (collection was deleted)` : `Open ${bookmark.name}`}
        className="min-w-0 flex-1 rounded px-1 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:cursor-not-allowed disabled:hover:bg-transparent"
      >
        <span
          className={`block truncate text-sm font-medium ${gone ? 'text-slate-500 line-through' : 'text-slate-900'}`}
        >
          {bookmark.pinned ? (
            <span aria-hidden="true" title="Pinned">
              ★{' '}
            </span>
          ) : null}
          {bookmark.name}
        </span>
        <span className={`block truncate text-xs text-slate-600 ${gone ? 'italic' : ''}`}>{where}</span>
        {gone ? null : (
          <span className="block truncate font-mono text-xs text-slate-600" title={bookmark.path}>
            {bookmark.path}
          </span>
        )}
      </button>
      <Button size="sm" variant="ghost" onClick={onRename} aria-label={`Rename bookmark ${bookmark.name}`}>
        Rename
      </Button>
      <Button size="sm" variant="ghost" onClick={onDelete} aria-label={`Delete bookmark ${bookmark.name}`}>
        Delete
      </Button>
    </li>
  );
}
