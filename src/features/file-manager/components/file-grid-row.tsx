import { memo } from 'react';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { FileIcon, FolderIcon } from '@/components/ui/icons';
import { formatModified, formatSize, typeLabel } from '@/features/file-manager/lib/format';
import { GRID_COLUMNS, HIDE_BELOW_2XL, HIDE_BELOW_LG, ROW_HEIGHT } from '@/features/file-manager/components/grid-columns';

type Props = {
  id: string;
  entry: FileEntry;
  index: number;
  top: number;
  selected: boolean;
  isCursor: boolean;
  onPointer: (index: number, e: React.MouseEvent) => void;
  onOpen: (index: number) => void;
};

/** Focus (cursor) is an outline that shows only while the grid has focus; selection is a fill. */
export const FileGridRow = memo(function FileGridRow({ id, entry, index, top, selected, isCursor, onPointer, onOpen }: Props) {
  const isDir = entry.type === 'dir';
  const tone = selected ? 'bg-blue-100 text-slate-900' : index % 2 ? 'bg-slate-50/60' : 'bg-white';
  const cursor = isCursor ? 'group-focus:outline-2 group-focus:-outline-offset-2 group-focus:outline-blue-600' : '';
  return (
    <div
      id={id}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      onMouseDown={(e) => onPointer(index, e)}
      onDoubleClick={() => onOpen(index)}
      className={`${GRID_COLUMNS} absolute inset-x-0 cursor-default items-center text-[13px] select-none ${tone} ${cursor} ${
        selected ? '' : 'hover:bg-slate-100'
      }`}
      style={{ height: ROW_HEIGHT, transform: `translateY(${top}px)` }}
    >
      <div role="gridcell" className="flex min-w-0 items-center gap-2 px-2">
        {isDir ? <FolderIcon className="text-amber-500" /> : <FileIcon className="text-slate-400" />}
        <span className="truncate" title={entry.name}>
          {entry.name}
        </span>
      </div>
      <div role="gridcell" className="flex justify-end px-2 text-slate-600 tabular-nums">
        {isDir ? '' : formatSize(entry.size)}
      </div>
      <div role="gridcell" className={`${HIDE_BELOW_LG} px-2 text-slate-600 tabular-nums`}>
        {formatModified(entry.last_modified)}
      </div>
      <div role="gridcell" className={`${HIDE_BELOW_2XL} truncate px-2 text-slate-600`}>
        {typeLabel(entry.type, entry.link_target)}
      </div>
    </div>
  );
});
