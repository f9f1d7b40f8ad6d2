import { useCallback, useEffect, useId, useRef, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { observeRectAfterLayout, scrollAfterMount } from '@/components/ui/virtual-layout';
import type { FileEntry } from '@/lib/globus/transfer-types';
import type { SortState } from '@/features/file-manager/lib/sort-entries';
import type { CompareMark } from '@/features/file-manager/lib/compare';
import type { GridSelection } from '@/features/file-manager/model/selection';
import { useTypeAhead } from '@/features/file-manager/hooks/use-type-ahead';
import { GridHeader } from '@/features/file-manager/components/grid-header';
import { FileGridRow } from '@/features/file-manager/components/file-grid-row';
import { HEADER_HEIGHT, ROW_HEIGHT } from '@/features/file-manager/components/grid-columns';
import { DRAG_TYPE } from '@/features/file-manager/model/drag-payload';

type Props = {
  label: string;
  /** Changes when another folder is shown: scroll back to the cursor. */
  folderKey: string;
  entries: readonly FileEntry[];
  names: readonly string[];
  selection: GridSelection;
  sort: SortState;
  ownerColumns?: boolean;
  onSortChange: (s: SortState) => void;
  onOpen: (entry: FileEntry) => void;
  onUp: () => void;
  /** The command dispatcher; returns true when it claimed the key. Keys it leaves alone the grid handles itself. */
  onCommandKey?: (e: KeyboardEvent) => boolean;
  marks?: ReadonlyMap<string, CompareMark> | undefined;
  onRowContextMenu?: (index: number, x: number, y: number) => void;
  onDragRows?: (names: string[], e: DragEvent) => void;
  onDropOnFolder?: (entry: FileEntry, e: DragEvent) => void;
  gridRef?: React.Ref<HTMLDivElement>;
};

/**
 * APG grid with virtualised rows: only the visible window is in the DOM, so aria-rowcount and
 * aria-rowindex tell assistive tech the real size. The grid itself is the single Tab stop and
 * points at the cursor row with aria-activedescendant (a focused row element would vanish when
 * scrolled out of the window).
 */
export function FileGrid(props: Props) {
  const { label, folderKey, entries, names, selection, sort, onSortChange, onOpen, onUp, onCommandKey, marks } = props;
  const { onRowContextMenu, onDragRows, onDropOnFolder, gridRef, ownerColumns = false } = props;
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { cursor, selected, moveTo, toggle, selectAll, clear } = selection;

  // TanStack Virtual hands back a mutable instance the compiler cannot memoise around; this component
  // re-renders on scroll by design, so skipping compilation here costs nothing.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    // Until the real size is known (before the first paint), rows for the whole window's height: the
    // pane is smaller, so the first frame already shows every row it has room for.
    initialRect: { width: 800, height: window.innerHeight },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollAfterMount,
  });

  // Until it first scrolls, the grid is at the top, where the first row and "no cursor" need no scrolling:
  // asking anyway would only make the browser lay the page out early, before the first rows are shown.
  const scrolled = useRef(false);
  useEffect(() => {
    if (cursor <= 0 && !scrolled.current) return;
    scrolled.current = true;
    if (cursor >= 0) virtualizer.scrollToIndex(cursor, { align: 'auto' });
    else scrollRef.current?.scrollTo({ top: 0 });
  }, [cursor, folderKey, virtualizer]);

  const openIndex = useCallback(
    (i: number) => {
      const entry = entries[i];
      if (entry) onOpen(entry);
    },
    [entries, onOpen],
  );
  const typeAhead = useTypeAhead(names, moveTo);

  const onPointer = useCallback(
    (i: number, e: MouseEvent, phase: 'down' | 'click') => {
      if (e.button !== 0) return;
      const keepForDrag = selected.size > 1 && selected.has(names[i]!) && !e.shiftKey && !e.ctrlKey && !e.metaKey;
      // Pressing on a marked row keeps the marks so they can be dragged; a plain click then narrows to it.
      if (phase === 'click') {
        if (keepForDrag) moveTo(i);
        return;
      }
      if (e.ctrlKey || e.metaKey) toggle(i);
      else if (keepForDrag) moveTo(i, { toggle: true });
      else moveTo(i, { shift: e.shiftKey });
    },
    [moveTo, names, selected, toggle],
  );

  const onContextMenu = useCallback(
    (i: number, e: MouseEvent) => {
      if (!onRowContextMenu) return;
      e.preventDefault();
      if (!selected.has(names[i]!)) moveTo(i);
      else moveTo(i, { toggle: true });
      onRowContextMenu(i, e.clientX, e.clientY);
    },
    [moveTo, names, onRowContextMenu, selected],
  );

  // Rows carry no handlers: events are read here, from the row they happened on.
  const atRow = (e: { target: EventTarget }) => {
    const row = e.target instanceof Element ? e.target.closest('[role=row][data-index]') : null;
    return row ? Number(row.getAttribute('data-index')) : -1;
  };
  const onDragStart = (e: DragEvent) => {
    const i = atRow(e);
    const name = names[i];
    if (name !== undefined) onDragRows?.(selected.has(name) ? names.filter((n) => selected.has(n)) : [name], e);
  };
  /** Rows from the other pane dropped on a folder row go into that folder, not the folder shown. */
  const folderTarget = (e: DragEvent) => {
    const entry = entries[atRow(e)];
    return entry?.type === 'dir' && e.dataTransfer.types.includes(DRAG_TYPE) ? entry : null;
  };
  const onDragOver = (e: DragEvent) => {
    if (!folderTarget(e)) return;
    e.preventDefault();
    e.stopPropagation();
  };
  const onDrop = (e: DragEvent) => {
    const entry = folderTarget(e);
    if (!entry) return;
    e.stopPropagation();
    onDropOnFolder?.(entry, e);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mods = { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey };
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 2);
    if (e.altKey && onCommandKey?.(e)) return;
    if (e.key === 'ArrowDown') moveTo(cursor + 1, mods);
    else if (e.key === 'ArrowUp') moveTo(cursor - 1, mods);
    else if (e.key === 'PageDown') moveTo(cursor + page, mods);
    else if (e.key === 'PageUp') moveTo(cursor - page, mods);
    else if (e.key === 'Home') moveTo(0, mods);
    else if (e.key === 'End') moveTo(entries.length - 1, mods);
    else if (onCommandKey?.(e)) return;
    else if (e.key === 'Enter') openIndex(cursor);
    else if (e.key === 'Backspace') onUp();
    else if (e.key === ' ') toggle(cursor);
    else if (e.key === 'Escape') clear();
    else if (e.key.toLowerCase() === 'a' && mods.toggle) selectAll();
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) typeAhead(e.key, cursor);
    else return;
    e.preventDefault();
  };

  const items = virtualizer.getVirtualItems();
  const rowId = (i: number) => `${gridId}-row-${i}`;
  const cursorRendered = items.some((it) => it.index === cursor);
  const setRefs = useCallback(
    (el: HTMLDivElement | null) => {
      scrollRef.current = el;
      if (typeof gridRef === 'function') gridRef(el);
      else if (gridRef) gridRef.current = el;
    },
    [gridRef],
  );

  return (
    <div
      ref={setRefs}
      role="grid"
      aria-label={label}
      aria-rowcount={entries.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={cursorRendered ? rowId(cursor) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onScroll={() => (scrolled.current = true)}
      onMouseDown={(e) => atRow(e) >= 0 && onPointer(atRow(e), e, 'down')}
      onClick={(e) => atRow(e) >= 0 && onPointer(atRow(e), e, 'click')}
      onDoubleClick={(e) => atRow(e) >= 0 && openIndex(atRow(e))}
      onContextMenu={onRowContextMenu ? (e) => atRow(e) >= 0 && onContextMenu(atRow(e), e) : undefined}
      onDragStart={onDragRows ? onDragStart : undefined}
      onDragOver={onDropOnFolder ? onDragOver : undefined}
      onDrop={onDropOnFolder ? onDrop : undefined}
      className="group relative min-h-0 flex-1 overflow-auto bg-white focus:outline-none"
    >
      <GridHeader sort={sort} onSortChange={onSortChange} ownerColumns={ownerColumns} />
      <div role="rowgroup" className="relative" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const entry = entries[item.index]!;
          return (
            <FileGridRow
              key={entry.name}
              id={rowId(item.index)}
              entry={entry}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              selected={selected.has(entry.name)}
              isCursor={item.index === cursor}
              mark={marks?.get(entry.name)}
              ownerColumns={ownerColumns}
              draggable={Boolean(onDragRows)}
            />
          );
        })}
      </div>
    </div>
  );
}
