import { SortIcon } from '@/components/ui/icons';
import type { SortKey, SortState } from '@/features/file-manager/lib/sort-entries';
import {
  GRID_COLUMNS,
  GRID_COLUMNS_WITH_OWNER,
  HEADER_HEIGHT,
  HIDE_BELOW_2XL,
  HIDE_BELOW_3XL,
  HIDE_BELOW_LG,
} from '@/features/file-manager/components/grid-columns';

type Column = { key: SortKey; label: string; className: string };

const BASE: Column[] = [
  { key: 'name', label: 'Name', className: 'flex' },
  { key: 'size', label: 'Size', className: 'flex justify-end' },
  { key: 'last_modified', label: 'Modified', className: HIDE_BELOW_LG },
];
const COLUMNS: Column[] = [...BASE, { key: 'type', label: 'Type', className: HIDE_BELOW_2XL }];
// Same order as the row cells in file-grid-row.tsx.
const COLUMNS_WITH_OWNER: Column[] = [
  ...BASE,
  { key: 'type', label: 'Type', className: HIDE_BELOW_3XL },
  { key: 'permissions', label: 'Permissions', className: HIDE_BELOW_LG },
  { key: 'owner', label: 'Owner', className: HIDE_BELOW_LG },
];

type Props = { sort: SortState; onSortChange: (s: SortState) => void; ownerColumns?: boolean };

/** Header buttons are not Tab stops: the grid keeps one Tab stop; the mouse (and later a command) sorts. */
export function GridHeader({ sort, onSortChange, ownerColumns = false }: Props) {
  return (
    <div role="rowgroup" className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50">
      <div
        role="row"
        aria-rowindex={1}
        className={`${ownerColumns ? GRID_COLUMNS_WITH_OWNER : GRID_COLUMNS} items-stretch`}
        style={{ height: HEADER_HEIGHT }}
      >
        {(ownerColumns ? COLUMNS_WITH_OWNER : COLUMNS).map((col) => {
          const active = sort.key === col.key;
          return (
            <div
              key={col.key}
              role="columnheader"
              aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
              className={`${col.className} min-w-0 items-center`}
            >
              <button
                type="button"
                tabIndex={-1}
                onClick={() => onSortChange({ key: col.key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
                className={`flex h-full w-full items-center gap-1 px-2 text-xs font-semibold text-slate-600 hover:bg-slate-100 ${
                  col.key === 'size' ? 'justify-end' : ''
                }`}
              >
                <span className="truncate">{col.label}</span>
                {active ? <SortIcon dir={sort.dir} /> : null}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
