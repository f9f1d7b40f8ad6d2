import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { Button } from '@/components/ui/button';
import { ArrowUpIcon, RefreshIcon } from '@/components/ui/icons';
import { Spinner } from '@/components/ui/spinner';
import { useListDirectory } from '@/features/file-manager/api/list-directory';
import { useGridSelection } from '@/features/file-manager/hooks/use-grid-selection';
import { childPath, parentPath } from '@/features/file-manager/lib/paths';
import { sortEntries, type SortState } from '@/features/file-manager/lib/sort-entries';
import { FileGrid } from '@/features/file-manager/components/file-grid';
import { PaneError } from '@/features/file-manager/components/pane-error';
import { PathBar } from '@/features/file-manager/components/path-bar';
import { StatusLine } from '@/features/file-manager/components/status-line';

export type FilePaneProps = {
  collectionId: string;
  /** Shown in the title and the grid's accessible name; falls back to the id. */
  collectionName?: string;
  /** Raw Transfer path; '' lists the collection's default folder. */
  path: string;
  onNavigate: (path: string) => void;
  /** Extra controls for the title row, e.g. a collection switcher. */
  toolbarExtra?: ReactNode;
};

const NO_ENTRIES: FileEntry[] = [];

/** One file pane: title, path bar, virtualised listing and status line. Knows nothing of routes. */
export function FilePane({ collectionId, collectionName, path, onNavigate, toolbarExtra }: FilePaneProps) {
  const name = collectionName ?? collectionId;
  const ls = useListDirectory(collectionId, path);
  const listing = ls.data;
  const [sort, setSort] = useState<SortState>({ key: 'name', dir: 'asc' });
  const cameFrom = useRef<string | undefined>(undefined);

  // With no path in the route, the listing tells us where Transfer put us (default/home folder).
  const shownPath = path !== '' ? path : (!ls.isPlaceholderData && listing?.path) || '';
  const up = shownPath ? parentPath(shownPath) : null;

  const entries = useMemo(() => (listing ? sortEntries(listing.DATA, sort) : NO_ENTRIES), [listing, sort]);
  const names = useMemo(() => entries.map((e) => e.name), [entries]);
  const folderKey = `${collectionId}\n${listing?.path ?? ''}`;
  const selection = useGridSelection(names, folderKey, cameFrom.current);

  const go = useCallback(
    (target: string, from?: string) => {
      cameFrom.current = from;
      onNavigate(target);
    },
    [onNavigate],
  );
  const goUp = () => {
    if (up === null) return;
    const segments = shownPath.split('/').filter(Boolean);
    go(up, segments[segments.length - 1]);
  };
  // Stable so the memoised rows do not all re-render on every cursor move.
  const open = useCallback(
    (entry: FileEntry) => {
      if (entry.type === 'dir' && listing) go(childPath(listing.path, entry.name));
    },
    [go, listing],
  );

  return (
    <section aria-label={`${name} pane`} className="@container flex min-h-0 min-w-0 flex-1 flex-col rounded-sm border border-slate-300 bg-white shadow-sm
        has-[[role=grid]:focus]:border-blue-600 has-[[role=grid]:focus]:ring-1 has-[[role=grid]:focus]:ring-blue-600">
      <div className="flex flex-col gap-1.5 border-b border-slate-200 bg-slate-50 px-2 py-1.5">
        <div className="flex min-w-0 items-center gap-1.5">
          <h2 className="min-w-0 truncate text-sm font-semibold text-slate-900" title={collectionId}>
            {name}
          </h2>
          {ls.isFetching && listing ? <Spinner label="Loading" /> : null}
          <div className="ml-auto flex shrink-0 items-center gap-1">
            {toolbarExtra}
            <Button size="sm" variant="ghost" onClick={goUp} disabled={up === null} title="Up (Backspace)">
              <ArrowUpIcon /> Up
            </Button>
            <Button size="sm" variant="ghost" onClick={() => void ls.refetch()} disabled={ls.isFetching}>
              <RefreshIcon /> Refresh
            </Button>
          </div>
        </div>
        <PathBar path={shownPath} onNavigate={(p) => go(p)} />
      </div>

      {ls.isError ? (
        <div className="min-h-0 flex-1 overflow-auto">
          <PaneError error={ls.error} path={shownPath} collectionName={name} onNavigate={go} onRetry={() => void ls.refetch()} />
        </div>
      ) : ls.isPending ? (
        <div className="flex-1 p-4">
          <Spinner label="Loading folder" />
        </div>
      ) : (
        <div
          className={`relative flex min-h-0 flex-1 flex-col transition-opacity ${ls.isPlaceholderData ? 'opacity-60' : ''}`}
          aria-busy={ls.isPlaceholderData}
        >
          <FileGrid
            label={`Files in ${name} at ${listing?.path ?? shownPath}`}
            folderKey={folderKey}
            entries={entries}
            names={names}
            selection={selection}
            sort={sort}
            onSortChange={setSort}
            onOpen={open}
            onUp={goUp}
          />
          {entries.length === 0 ? (
            <p className="pointer-events-none absolute inset-x-0 top-12 text-center text-sm text-slate-500">
              This folder is empty.
            </p>
          ) : null}
        </div>
      )}
      {listing && !ls.isError ? <StatusLine entries={entries} selected={selection.selected} /> : null}
    </section>
  );
}
