import { memo } from 'react';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { FileIcon, FolderIcon } from '@/components/ui/icons';
import { formatModified, formatPermissions, ownerTitle, typeLabel } from '@/features/file-manager/lib/entry-format';
import { formatSize } from '@/lib/format/numbers';
import { MARK_LABELS, type CompareMark } from '@/features/file-manager/lib/compare';
import {
  GRID_COLUMNS,
  GRID_COLUMNS_WITH_OWNER,
  HIDE_BELOW_2XL,
  HIDE_BELOW_3XL,
  HIDE_BELOW_LG,
  ROW_HEIGHT,
} from '@/features/file-manager/components/grid-columns';

type Props = {
  id: string;
  entry: FileEntry;
  index: number;
  top: number;
  selected: boolean;
  isCursor: boolean;
  mark?: CompareMark | undefined;
  /** Adds the Permissions and Owner cells, in the order grid-header.tsx lists them. */
  ownerColumns?: boolean;
  draggable: boolean;
};

const MARK_STYLES: Record<CompareMark, string> = {
  missing: 'bg-emerald-100 text-emerald-900',
  newer: 'bg-sky-100 text-sky-900',
  size: 'bg-amber-100 text-amber-900',
};
const MARK_SHORT: Record<CompareMark, string> = { missing: 'only here', newer: 'newer', size: 'size differs' };

/**
 * Focus (cursor) is an outline that shows only while the grid has focus; selection is a fill.
 * Pointer, menu and drag events are the grid's (found by `data-index`): the grid is the one focusable element.
 */
export const FileGridRow = memo(function FileGridRow(props: Props) {
  const { id, entry, index, top, selected, isCursor, mark, ownerColumns = false, draggable } = props;
  const isDir = entry.type === 'dir';
  const tone = selected ? 'bg-blue-100 text-slate-900' : index % 2 ? 'bg-slate-50/60' : 'bg-white';
  const cursor = isCursor ? 'group-focus:outline-2 group-focus:-outline-offset-2 group-focus:outline-blue-600' : '';
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-index={index}
      draggable={draggable}
      className={`${ownerColumns ? GRID_COLUMNS_WITH_OWNER : GRID_COLUMNS} absolute inset-x-0 cursor-default items-center text-[13px] select-none ${tone} ${cursor} ${
        selected ? '' : 'hover:bg-slate-100'
      }`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="flex min-w-0 items-center gap-2 px-2">
        {isDir ? <FolderIcon className="text-amber-500" /> : <FileIcon className="text-slate-400" />}
        <span className="truncate" title={entry.name}>
          {entry.name}
        </span>
        {mark ? (
          <span className={`shrink-0 rounded px-1 text-[11px] ${MARK_STYLES[mark]}`} title={MARK_LABELS[mark]}>
            <span aria-hidden="true">{MARK_SHORT[mark]}</span>
            <span className="sr-only">{MARK_LABELS[mark]}</span>
          </span>
        ) : null}
      </div>
      <div role="gridcell" className="flex justify-end px-2 text-slate-600 tabular-nums">
        {isDir ? '' : formatSize(entry.size)}
      </div>
      <div role="gridcell" className={`${HIDE_BELOW_LG} px-2 text-slate-600 tabular-nums`}>
        {formatModified(entry.last_modified)}
      </div>
      <div role="gridcell" className={`${ownerColumns ? HIDE_BELOW_3XL : HIDE_BELOW_2XL} truncate px-2 text-slate-600`}>
        {typeLabel(entry.type, entry.link_target)}
      </div>
      {ownerColumns ? <OwnerCells entry={entry} /> : null}
    </div>
  );
});

function OwnerCells({ entry }: { entry: FileEntry }) {
  const mode = formatPermissions(entry.permissions, entry.type, entry.link_target);
  const owner = ownerTitle(entry.user, entry.group);
  return (
    <>
      <div role="gridcell" className={`${HIDE_BELOW_LG} min-w-0 px-2 font-mono text-xs text-slate-600`}>
        {mode ? (
          <span className="truncate" title={entry.permissions ?? undefined}>
            {mode}
            <span className="sr-only"> ({entry.permissions})</span>
          </span>
        ) : null}
      </div>
      <div role="gridcell" className={`${HIDE_BELOW_LG} min-w-0 px-2 text-slate-600`}>
        <span className="truncate" title={owner || undefined}>
          {entry.user ?? ''}
        </span>
      </div>
    </>
  );
}
