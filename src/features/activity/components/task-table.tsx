// The task list as an ARIA table whose rows are virtualized: 1,000 tasks render only a window.
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { TASK_GRID_COLUMNS, TaskRow } from '@/features/activity/components/task-row';
import type { SortField } from '@/features/activity/model/task-filters';
import type { Task } from '@/lib/globus/task';

const ROW_HEIGHT = 48;
const HEADERS: { label: string; sort?: SortField }[] = [
  { label: 'Task', sort: 'label' },
  { label: 'Source → destination' },
  { label: 'Status' },
  { label: 'Progress' },
  { label: 'Speed' },
  { label: 'ETA' },
  { label: 'Requested', sort: 'request_time' },
  { label: 'Completed', sort: 'completion_time' },
];

interface Props {
  tasks: Task[];
  sort: SortField;
  dir: 'ASC' | 'DESC';
  onSort: (field: SortField) => void;
}

export function TaskTable({ tasks, sort, dir, onSort }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual hands back a mutable instance the compiler cannot memoise around; the table
  // re-renders on scroll by design, so skipping compilation here costs nothing.
  // eslint-disable-next-line react-hooks/incompatible-library -- see above
  const virtualizer = useVirtualizer({
    count: tasks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Before layout is measured (and in tests) assume a typical viewport.
    initialRect: { width: 1200, height: 720 },
    getItemKey: (i) => tasks[i]?.task_id ?? i,
  });

  return (
    <div
      role="table"
      aria-label="Tasks"
      aria-rowcount={tasks.length + 1}
      className="flex min-h-0 flex-1 flex-col rounded-md border border-slate-200 bg-white"
    >
      <div role="rowgroup">
        <div
          role="row"
          aria-rowindex={1}
          className={`${TASK_GRID_COLUMNS} border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-semibold text-slate-700`}
        >
          {HEADERS.map((h) => {
            const sorted = h.sort && h.sort === sort;
            return (
              <div
                key={h.label}
                role="columnheader"
                aria-sort={sorted ? (dir === 'ASC' ? 'ascending' : 'descending') : undefined}
              >
                {h.sort ? (
                  <button
                    type="button"
                    onClick={() => onSort(h.sort!)}
                    className="inline-flex items-center gap-1 hover:underline"
                  >
                    {h.label}
                    <span aria-hidden="true">{sorted ? (dir === 'ASC' ? '▲' : '▼') : ''}</span>
                  </button>
                ) : (
                  h.label
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} role="rowgroup" className="min-h-0 flex-1 overflow-auto" data-testid="task-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => (
            <TaskRow
              key={item.key}
              task={tasks[item.index]!}
              rowIndex={item.index + 2}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start}px)`,
              }}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
