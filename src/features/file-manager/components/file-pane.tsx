import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';
import { Spinner } from '@/components/ui/spinner';
import { paneFacts } from '@/features/file-manager/commands/command-context';
import { explainUnavailable, fileCommands } from '@/features/file-manager/commands/file-commands';
import { goTo, goUp, openEntry } from '@/features/file-manager/commands/pane-intents';
import { dispatchKey } from '@/features/file-manager/commands/registry';
import { LOCAL_DROP_NOTICE } from '@/features/file-manager/commands/local-pane';
import { isLocalCollection } from '@/lib/local-files/local-id';
import { useComputerFileDrop } from '@/features/file-manager/hooks/use-computer-file-drop';
import { useFileManager, useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import type { GridSelection } from '@/features/file-manager/model/selection';
import { usePaneDrag } from '@/features/file-manager/hooks/use-pane-drag';
import { usePaneListing } from '@/features/file-manager/hooks/use-pane-listing';
import { compareEntries } from '@/features/file-manager/lib/compare';
import type { SortState } from '@/features/file-manager/lib/sort-entries';
import { DRAG_TYPE } from '@/features/file-manager/model/drag-payload';
import { otherSide, type PaneSide } from '@/features/file-manager/model/pane-side';
import { cursorIndexOf } from '@/features/file-manager/model/selection';
import { FileGrid } from '@/features/file-manager/components/file-grid';
import { PaneError } from '@/features/file-manager/components/pane-error';
import { isGuestCollection, managesGuestAccess } from '@/lib/globus/sharing-hosts';
import { PathBar } from '@/features/file-manager/components/path-bar';
import { PaneToolbar } from '@/features/file-manager/components/pane-toolbar';
import { StatusLine } from '@/features/file-manager/components/status-line';

export type FilePaneProps = {
  side?: PaneSide;
  /**
   * Shown in the title and the grid's accessible name. `null`: the collection's document could not be
   * fetched, so a name remembered from an earlier visit (or "name unavailable") shows instead of the id.
   */
  collectionName?: string | null | undefined;
  collection?: Endpoint | undefined;
  /** Extra controls for the title row, e.g. a collection switcher or bookmarks. */
  toolbarExtra?: ReactNode | ((pane: PaneView) => ReactNode);
  /** Extra content under the path bar, e.g. download/upload for the marked files. */
  belowPath?: (pane: PaneView) => ReactNode;
  /** Files dragged in from the computer and dropped on the listing (e.g. an HTTPS upload into this folder). */
  onDropFiles?: ((files: File[]) => void) | undefined;
};

/** What composed extras (from other features, via the app layer) may know about the pane. */
export type PaneView = {
  path: string;
  listed: boolean;
  entries: readonly FileEntry[];
  targets: FileEntry[];
  refresh: () => void;
};

/** One file pane of the file manager's store: title, toolbar, path bar, virtualised listing and status line. Knows nothing of routes. */
export function FilePane({
  side = 'left',
  collectionName,
  collection,
  toolbarExtra,
  belowPath,
  onDropFiles,
}: FilePaneProps) {
  const store = useFileManagerStore();
  const pane = useFileManager((s) => s.panes[side]);
  const active = useFileManager((s) => s.active === side);
  const focus = useFileManager((s) => s.focus);
  // Entries of the other pane while "compare" is on.
  const otherEntries = useFileManager((s) => (s.compare ? (s.listings[otherSide(side)]?.entries ?? null) : null));
  const { ls, listing, sort, sorting, prefs, filter } = usePaneListing(side, collectionName, collection);
  const { collectionId, entries, names, listed, shownPath } = listing;
  const data = ls.data;
  const name = listing.collectionName;
  // A refresh of a folder already on screen failed: keep showing what was there, with the error above it.
  const refreshFailed = ls.isError && data !== undefined;
  const gridRef = useRef<HTMLDivElement>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const sectionRef = useRef<HTMLElement>(null);

  // Focus asked for by a command (Tab, Ctrl+F, a closed dialog) is taken once this pane has rendered;
  // a request older than this pane is not for it.
  const focusSeen = useRef(focus?.n);
  useEffect(() => {
    if (focus?.side !== side || focus.n === focusSeen.current) return;
    focusSeen.current = focus.n;
    (focus.target === 'filter' ? filterRef.current : (gridRef.current ?? sectionRef.current))?.focus();
  }, [focus, side]);

  const marks = useMemo(
    () => (otherEntries ? compareEntries(entries, otherEntries) : undefined),
    [entries, otherEntries],
  );
  const { marks: selected } = pane.selection;
  const cursor = cursorIndexOf(pane.selection, names);
  const selection = useMemo<GridSelection>(
    () => ({
      cursor,
      selected,
      moveTo: (index, mods) => store.dispatch({ type: 'moveTo', side, index, ...(mods ? { mods } : {}) }),
      toggle: (index) => store.dispatch({ type: 'toggleMark', side, index }),
      selectAll: () => store.dispatch({ type: 'markAll', side }),
      clear: () => store.dispatch({ type: 'clearMarks', side }),
    }),
    [cursor, selected, side, store],
  );

  // Stable, and read the store when called, so the memoised rows do not all re-render on every cursor move.
  const facts = useCallback(() => paneFacts(store.getState(), side), [side, store]);
  const go = useCallback((path: string) => store.run(goTo(facts(), path)), [facts, store]);
  const up = useCallback(() => store.run(goUp(facts())), [facts, store]);
  const open = useCallback((entry: FileEntry) => store.run(openEntry(facts(), entry)), [facts, store]);
  const { refetch } = ls;
  const refresh = useCallback(() => void refetch(), [refetch]);
  const setSort = useCallback((s: SortState) => store.run({ type: 'prefs', side, change: { sort: s } }), [side, store]);
  const onCommandKey = useCallback(
    (e: KeyboardEvent) => {
      const ctx = { state: store.getState(), side };
      const result = dispatchKey(fileCommands, e, ctx);
      if (result.kind === 'performed') store.run(result.intents);
      else if (result.kind === 'disabled') store.run(explainUnavailable(result.id, ctx));
      return result.kind !== 'none';
    },
    [side, store],
  );
  const activate = () => store.dispatch({ type: 'activate', side });

  const drag = usePaneDrag(side, listing, listed);
  // Files from the desktop dropped on a folder of this computer: said plainly rather than silently ignored.
  const refuseDrop = useCallback(() => store.run({ type: 'openDialog', dialog: LOCAL_DROP_NOTICE }), [store]);
  const local = isLocalCollection(collectionId);
  const fileDrop = useComputerFileDrop(listed ? (onDropFiles ?? (local ? refuseDrop : undefined)) : undefined);
  // Walks the listing only when the marks change, not on every cursor move.
  const marked = useMemo(
    () => (selected.size ? entries.filter((e) => selected.has(e.name)) : null),
    [entries, selected],
  );
  const cursorEntry = cursor >= 0 ? (entries[cursor] ?? null) : null;
  const shownTargets = useMemo(
    () => (!listed ? [] : (marked ?? (cursorEntry ? [cursorEntry] : []))),
    [cursorEntry, listed, marked],
  );
  const view: PaneView = { path: listing.path, listed, entries, targets: shownTargets, refresh };

  const listingError = (compact: boolean) => (
    <PaneError
      compact={compact}
      error={ls.error}
      path={shownPath}
      collectionName={name}
      onNavigate={go}
      onRetry={refresh}
      guestOf={
        isGuestCollection(collection?.entity_type) && !managesGuestAccess(collection?.my_effective_roles)
          ? { collectionId }
          : undefined
      }
    />
  );

  return (
    <section
      ref={sectionRef}
      tabIndex={-1}
      aria-label={`${name} pane`}
      data-active={active}
      // Focus anywhere in the pane makes it the active one (a press focuses the grid, a button or the section itself).
      onFocus={activate}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) fileDrop.dragOver(e);
        else if (listed) e.preventDefault();
      }}
      onDragLeave={fileDrop.dragLeave}
      onDrop={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) fileDrop.drop(e);
        else if (data) drag.dropAt(listing.path, e);
      }}
      className={`@container flex min-h-0 min-w-0 flex-1 flex-col rounded-sm border bg-white shadow-sm focus:outline-none ${
        fileDrop.over ? 'outline-2 -outline-offset-4 outline-blue-600 outline-dashed' : ''
      } ${
        active ? 'border-blue-600 ring-1 ring-blue-600' : 'border-slate-300'
      } has-[[role=grid]:focus]:border-blue-600 has-[[role=grid]:focus]:ring-1 has-[[role=grid]:focus]:ring-blue-600`}
    >
      <div className="flex flex-col gap-1.5 border-b border-slate-200 bg-slate-50 px-2 py-1.5">
        <div className="flex min-w-0 flex-wrap items-center gap-1.5">
          <h2 className="min-w-0 truncate text-sm font-semibold text-slate-900" title={collectionId}>
            {name}
          </h2>
          {ls.isFetching && data ? <Spinner label="Loading" /> : null}
          {sorting ? <Spinner label="Sorting" /> : null}
          {/* Collection-level actions beside its name; folder navigation on its own line below. */}
          <div className="ml-auto flex min-w-0 flex-wrap items-center gap-1">
            {typeof toolbarExtra === 'function' ? toolbarExtra(view) : toolbarExtra}
          </div>
        </div>
        <div className="flex min-w-0 flex-wrap items-center gap-1">
          <PaneToolbar
            side={side}
            filter={filter}
            filterRef={filterRef}
            onFilterDone={() => gridRef.current?.focus()}
          />
        </div>
        <PathBar path={shownPath} onNavigate={go} label={`Breadcrumb, ${side} pane`} />
        {belowPath ? belowPath(view) : null}
      </div>

      {ls.isError && !refreshFailed ? (
        <div className="min-h-0 flex-1 overflow-auto">{listingError(false)}</div>
      ) : ls.isPending ? (
        <div className="flex-1 p-4">
          <Spinner label="Loading folder" />
        </div>
      ) : (
        <div
          className={`relative flex min-h-0 flex-1 flex-col transition-opacity ${ls.isPlaceholderData ? 'opacity-60' : ''}`}
          aria-busy={ls.isPlaceholderData || sorting}
        >
          {refreshFailed ? listingError(true) : null}
          <FileGrid
            gridRef={gridRef}
            label={`Files in ${name} at ${listing.path}`}
            folderKey={`${collectionId}\n${data?.path ?? ''}`}
            entries={entries}
            names={names.names}
            selection={selection}
            sort={sort}
            ownerColumns={prefs.showOwnerColumns}
            onSortChange={setSort}
            onOpen={open}
            onUp={up}
            marks={marks}
            onCommandKey={onCommandKey}
            onRowContextMenu={(_i, x, y) => store.dispatch({ type: 'menu', at: { x, y } })}
            onDragRows={drag.dragRows}
            onDropOnFolder={drag.dropOnFolder}
          />
          {entries.length === 0 ? (
            <p className="pointer-events-none absolute inset-x-0 top-12 text-center text-sm text-slate-500">
              {filter
                ? `Nothing here matches “${filter}”.`
                : data?.DATA.length
                  ? 'Only hidden files here.'
                  : 'This folder is empty.'}
            </p>
          ) : null}
        </div>
      )}
      {data && (!ls.isError || refreshFailed) ? (
        <StatusLine entries={entries} selected={selected} hidden={data.DATA.length - entries.length} />
      ) : null}
    </section>
  );
}
