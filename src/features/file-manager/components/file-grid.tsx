import { useCallback, useEffect, useId, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FileEntry } from '@/lib/globus/transfer-types';
import type { SortState } from '@/features/file-manager/lib/sort-entries';
import type { useGridSelection } from '@/features/file-manager/hooks/use-grid-selection';
import { useTypeAhead } from '@/features/file-manager/hooks/use-type-ahead';
import { GridHeader } from '@/features/file-manager/components/grid-header';
import { FileGridRow } from '@/features/file-manager/components/file-grid-row';
import { HEADER_HEIGHT, ROW_HEIGHT } from '@/features/file-manager/components/grid-columns';

type Props = {
  label: string;
  /** Changes when another folder is shown: scroll back to the cursor. */
  folderKey: string;
  entries: readonly FileEntry[];
  names: readonly string[];
  selection: ReturnType<typeof useGridSelection>;
  sort: SortState;
  onSortChange: (s: SortState) => void;
  onOpen: (entry: FileEntry) => void;
  onUp: () => void;
};

/**
 * APG grid with virtualised rows: only the visible window is in the DOM, so aria-rowcount and
 * aria-rowindex tell assistive tech the real size. The grid itself is the single Tab stop and
 * points at the cursor row with aria-activedescendant (a focused row element would vanish when
 * scrolled out of the window).
 */
export function FileGrid({ label, folderKey, entries, names, selection, sort, onSortChange, onOpen, onUp }: Props) {
  const gridId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const { cursor, selected, moveTo, toggle, selectAll, clear } = selection;

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    initialRect: { width: 800, height: 600 },
  });

  useEffect(() => {
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
    (i: number, e: MouseEvent) => {
      if (e.button !== 0) return;
      if (e.ctrlKey || e.metaKey) toggle(i);
      else moveTo(i, { shift: e.shiftKey });
    },
    [moveTo, toggle],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mods = { shift: e.shiftKey, toggle: e.ctrlKey || e.metaKey };
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 2);
    if (e.key === 'ArrowDown') moveTo(cursor + 1, mods);
    else if (e.key === 'ArrowUp') moveTo(cursor - 1, mods);
    else if (e.key === 'PageDown') moveTo(cursor + page, mods);
    else if (e.key === 'PageUp') moveTo(cursor - page, mods);
    else if (e.key === 'Home') moveTo(0, mods);
    else if (e.key === 'End') moveTo(entries.length - 1, mods);
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

  return (
    <div
      ref={scrollRef}
      role="grid"
      aria-label={label}
      aria-rowcount={entries.length + 1}
      aria-multiselectable="true"
      aria-activedescendant={cursorRendered ? rowId(cursor) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      className="group relative min-h-0 flex-1 overflow-auto bg-white focus:outline-none"
    >
      <GridHeader sort={sort} onSortChange={onSortChange} />
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
              onPointer={onPointer}
              onOpen={openIndex}
            />
          );
        })}
      </div>
    </div>
  );
}
