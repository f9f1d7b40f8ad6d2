import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';
import { Spinner } from '@/components/ui/spinner';
import { useListDirectory } from '@/features/file-manager/api/list-directory';
import { useGridSelection } from '@/features/file-manager/hooks/use-grid-selection';
import { usePaneHistory } from '@/features/file-manager/hooks/use-pane-history';
import { usePanePrefs } from '@/features/file-manager/hooks/use-pane-prefs';
import { useComputerFileDrop } from '@/features/file-manager/hooks/use-computer-file-drop';
import { childPath, parentPath } from '@/features/file-manager/lib/paths';
import { effectiveSort, sortEntries, type SortState } from '@/features/file-manager/lib/sort-entries';
import { filterEntries } from '@/features/file-manager/lib/filter-entries';
import { compareEntries } from '@/features/file-manager/lib/compare';
import { DRAG_TYPE, type DragPayload, type PaneBinding } from '@/features/file-manager/model/pane-binding';
import type { PaneHandle } from '@/features/file-manager/model/pane-handle';
import { FileGrid } from '@/features/file-manager/components/file-grid';
import { PaneError } from '@/features/file-manager/components/pane-error';
import { PathBar } from '@/features/file-manager/components/path-bar';
import { PaneToolbar } from '@/features/file-manager/components/pane-toolbar';
import { StatusLine } from '@/features/file-manager/components/status-line';

export type FilePaneProps = {
  collectionId: string;
  /** Shown in the title and the grid's accessible name; falls back to the id. */
  collectionName?: string | undefined;
  collection?: Endpoint | undefined;
  /** Raw Transfer path; '' lists the collection's default folder. */
  path: string;
  onNavigate: (path: string) => void;
  /** Extra controls for the title row, e.g. a collection switcher or bookmarks. */
  toolbarExtra?: ReactNode | ((pane: PaneView) => ReactNode);
  /** Extra content under the path bar, e.g. download/upload for the marked files. */
  belowPath?: (pane: PaneView) => ReactNode;
  /** Set when the pane lives in the dual-pane shell. */
  binding?: PaneBinding | undefined;
  /** Files dragged in from the computer and dropped on the listing (e.g. an HTTPS upload into this folder). */
  onDropFiles?: ((files: File[]) => void) | undefined;
};

/** What composed extras (from other features, via the app layer) may know about the pane. */
export type PaneView = { path: string; listed: boolean; entries: readonly FileEntry[]; targets: FileEntry[]; refresh: () => void };

const NO_ENTRIES: FileEntry[] = [];
const noCompare = () => null;

/** One file pane: title, toolbar, path bar, virtualised listing and status line. Knows nothing of routes. */
export function FilePane({ collectionId, collectionName, collection, path, onNavigate, toolbarExtra, belowPath, binding, onDropFiles }: FilePaneProps) {
  const name = collectionName ?? collectionId;
  const ls = useListDirectory(collectionId, path);
  const listing = ls.data;
  // A refresh of a folder already on screen failed: keep showing what was there, with the error above it.
  const refreshFailed = ls.isError && listing !== undefined;
  const [prefs, setPrefs] = usePanePrefs();
  const [filter, setFilter] = useState('');
  const cameFrom = useRef<string | undefined>(undefined);
  const gridRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  // With no path in the route, the listing tells us where Transfer put us (default/home folder).
  const shownPath = path !== '' ? path : (!ls.isPlaceholderData && listing?.path) || '';
  const up = shownPath ? parentPath(shownPath) : null;

  // The stored sort survives switching the optional columns off, so switching them back restores it.
  const sort = useMemo(() => effectiveSort(prefs.sort, prefs.showOwnerColumns), [prefs.sort, prefs.showOwnerColumns]);
  const sorted = useMemo(() => (listing ? sortEntries(listing.DATA, sort) : NO_ENTRIES), [listing, sort]);
  const entries = useMemo(() => filterEntries(sorted, prefs.showHidden, filter), [sorted, prefs.showHidden, filter]);
  const names = useMemo(() => entries.map((e) => e.name), [entries]);
  const folderKey = `${collectionId}\n${listing?.path ?? ''}`;
  const selection = useGridSelection(names, folderKey, cameFrom.current);
  const history = usePaneHistory(path, onNavigate);

  const otherEntries = (binding?.useCompareWith ?? noCompare)();
  const marks = useMemo(() => (otherEntries ? compareEntries(entries, otherEntries) : undefined), [entries, otherEntries]);

  // Marks carried through a login round trip come back once the listing is there.
  const restored = useRef(false);
  const { select } = selection;
  useEffect(() => {
    if (restored.current || !listing || !binding?.initialSelection?.length) return;
    restored.current = true;
    select(binding.initialSelection);
  }, [binding?.initialSelection, listing, select]);

  const go = useCallback(
    (target: string, from?: string) => {
      cameFrom.current = from;
      setFilter('');
      onNavigate(target);
    },
    [onNavigate],
  );
  const goUp = useCallback(() => {
    if (up === null) return;
    const segments = shownPath.split('/').filter(Boolean);
    go(up, segments[segments.length - 1]);
  }, [go, shownPath, up]);
  // Stable so the memoised rows do not all re-render on every cursor move.
  const open = useCallback(
    (entry: FileEntry) => {
      if (entry.type === 'dir' && listing) go(childPath(listing.path, entry.name));
    },
    [go, listing],
  );
  const setSort = useCallback((sort: SortState) => setPrefs({ sort }), [setPrefs]);

  const listed = Boolean(listing) && !ls.isError && !ls.isPlaceholderData;
  const fileDrop = useComputerFileDrop(onDropFiles && listed ? onDropFiles : undefined);
  const cursorEntry = selection.cursor >= 0 ? (entries[selection.cursor] ?? null) : null;
  const handle: PaneHandle = {
    side: binding?.side ?? 'left',
    collectionId,
    collectionName: name,
    collection,
    path: listing?.path ?? shownPath,
    listed,
    entries,
    selectedNames: selection.selected,
    cursorEntry,
    targets: () =>
      selection.selected.size ? entries.filter((e) => selection.selected.has(e.name)) : cursorEntry ? [cursorEntry] : [],
    navigate: (p) => go(p),
    refresh: () => void ls.refetch(),
    focus: () => (gridRef.current ?? sectionRef.current)?.focus(),
    openCursor: () => cursorEntry && open(cursorEntry),
    up: goUp,
    back: history.back,
    forward: history.forward,
    canGoBack: history.canGoBack,
    canGoForward: history.canGoForward,
    markCursor: (advance) => {
      if (selection.cursor < 0) return;
      selection.toggle(selection.cursor);
      if (advance) selection.moveTo(selection.cursor + 1, { toggle: true });
    },
    selectAll: selection.selectAll,
    clearSelection: selection.clear,
    selectNames: selection.select,
    showHidden: prefs.showHidden,
    toggleHidden: () => setPrefs({ showHidden: !prefs.showHidden }),
    showOwnerColumns: prefs.showOwnerColumns,
    toggleOwnerColumns: () => setPrefs({ showOwnerColumns: !prefs.showOwnerColumns }),
    focusFilter: () => filterRef.current?.focus(),
  };
  useLayoutEffect(() => binding?.register(handle));
  const view = (): PaneView => ({ path: handle.path, listed, entries, targets: listed ? handle.targets() : [], refresh: handle.refresh });
  const unregister = binding?.unregister;
  useLayoutEffect(() => unregister, [unregister]);

  const dragRows = useCallback(
    (dragged: string[], e: DragEvent) => {
      if (!binding || !listing) return;
      const byName = new Map(entries.map((x) => [x.name, x]));
      const payload: DragPayload = {
        side: binding.side,
        collectionId,
        path: listing.path,
        items: dragged.map((n) => ({ name: n, isDir: byName.get(n)?.type === 'dir' })),
      };
      e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload));
      e.dataTransfer.setData('text/plain', dragged.join('\n'));
      e.dataTransfer.effectAllowed = 'copy';
    },
    [binding, collectionId, entries, listing],
  );
  const dropAt = useCallback(
    (target: string, e: DragEvent) => {
      const raw = e.dataTransfer.getData(DRAG_TYPE);
      if (!raw || !binding) return;
      e.preventDefault();
      const payload = JSON.parse(raw) as DragPayload;
      if (payload.side !== binding.side) binding.onDropFiles(payload, target);
    },
    [binding],
  );
  const dropOnFolder = useCallback(
    (entry: FileEntry, e: DragEvent) => listing && dropAt(childPath(listing.path, entry.name), e),
    [dropAt, listing],
  );

  const listingError = (compact: boolean) => (
    <PaneError compact={compact} error={ls.error} path={shownPath} collectionName={name} onNavigate={go} onRetry={() => void ls.refetch()} />
  );

  return (
    <section
      ref={sectionRef}
      tabIndex={-1}
      aria-label={`${name} pane`}
      data-active={binding?.active ?? undefined}
      onFocus={binding?.onActivate}
      onMouseDown={binding?.onActivate}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) fileDrop.dragOver(e);
        else if (binding && listed) e.preventDefault();
      }}
      onDragLeave={fileDrop.dragLeave}
      onDrop={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) fileDrop.drop(e);
        else if (listing) dropAt(listing.path, e);
      }}
      className={`@container flex min-h-0 min-w-0 flex-1 flex-col rounded-sm border bg-white shadow-sm focus:outline-none ${
        fileDrop.over ? 'outline-2 -outline-offset-4 outline-blue-600 outline-dashed' : ''
      } ${
        binding?.active ? 'border-blue-600 ring-1 ring-blue-600' : 'border-slate-300'
      } has-[[role=grid]:focus]:border-blue-600 has-[[role=grid]:focus]:ring-1 has-[[role=grid]:focus]:ring-blue-600`}
    >
      <div className="flex flex-col gap-1.5 border-b border-slate-200 bg-slate-50 px-2 py-1.5">
        <div className="flex min-w-0 flex-wrap items-center gap-1.5">
          <h2 className="min-w-0 truncate text-sm font-semibold text-slate-900" title={collectionId}>
            {name}
          </h2>
          {ls.isFetching && listing ? <Spinner label="Loading" /> : null}
          {/* Collection-level actions beside its name; folder navigation on its own line below. */}
          <div className="ml-auto flex min-w-0 flex-wrap items-center gap-1">
            {typeof toolbarExtra === 'function' ? toolbarExtra(view()) : toolbarExtra}
          </div>
        </div>
        <div className="flex min-w-0 flex-wrap items-center gap-1">
          <PaneToolbar
            canGoBack={history.canGoBack}
            canGoForward={history.canGoForward}
            canGoUp={up !== null}
            fetching={ls.isFetching}
            showHidden={prefs.showHidden}
            showOwnerColumns={prefs.showOwnerColumns}
            filter={filter}
            filterRef={filterRef}
            onBack={history.back}
            onForward={history.forward}
            onUp={goUp}
            onRefresh={() => void ls.refetch()}
            onToggleHidden={() => setPrefs({ showHidden: !prefs.showHidden })}
            onToggleOwnerColumns={handle.toggleOwnerColumns}
            onFilter={setFilter}
            onFilterDone={() => gridRef.current?.focus()}
          />
        </div>
        <PathBar path={shownPath} onNavigate={(p) => go(p)} />
        {belowPath ? belowPath(view()) : null}
      </div>

      {ls.isError && !refreshFailed ? (
        <div className="min-h-0 flex-1 overflow-auto">
          {listingError(false)}
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
          {refreshFailed ? listingError(true) : null}
          <FileGrid
            gridRef={gridRef}
            label={`Files in ${name} at ${listing?.path ?? shownPath}`}
            folderKey={folderKey}
            entries={entries}
            names={names}
            selection={selection}
            sort={sort}
            ownerColumns={prefs.showOwnerColumns}
            onSortChange={setSort}
            onOpen={open}
            onUp={goUp}
            marks={marks}
            {...(binding
              ? {
                  onCommandKey: binding.onCommandKey,
                  onRowContextMenu: (_i: number, x: number, y: number) => binding.onContextMenu(x, y),
                  onDragRows: dragRows,
                  onDropOnFolder: dropOnFolder,
                }
              : {})}
          />
          {entries.length === 0 ? (
            <p className="pointer-events-none absolute inset-x-0 top-12 text-center text-sm text-slate-500">
              {filter ? `Nothing here matches “${filter}”.` : listing?.DATA.length ? 'Only hidden files here.' : 'This folder is empty.'}
            </p>
          ) : null}
        </div>
      )}
      {listing && (!ls.isError || refreshFailed) ? (
        <StatusLine entries={entries} selected={selection.selected} hidden={(listing.DATA.length ?? 0) - entries.length} />
      ) : null}
    </section>
  );
}
