// Offset paging for task_list, honest about the service's 1,000-result cap.
import { Button } from '@/components/ui/button';
import { formatCount } from '@/lib/format/numbers';
import { LIST_CAP, effectiveLimit, type TaskFilters } from '@/features/activity/model/task-filters';

export function ListPager({
  filters,
  total,
  shown,
  onOffset,
}: {
  filters: TaskFilters;
  total: number;
  shown: number;
  onOffset: (offset: number) => void;
}) {
  const reachable = Math.min(total, LIST_CAP);
  const first = shown ? filters.offset + 1 : 0;
  const last = filters.offset + shown;
  const next = filters.offset + effectiveLimit(filters);
  return (
    <nav aria-label="Task list pages" className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
      <span aria-live="off">
        {formatCount(first)}–{formatCount(last)} of {formatCount(total)}
      </span>
      <Button
        size="sm"
        disabled={filters.offset === 0}
        onClick={() => onOffset(Math.max(0, filters.offset - filters.limit))}
      >
        Previous page
      </Button>
      <Button size="sm" disabled={next >= reachable} onClick={() => onOffset(next)}>
        Next page
      </Button>
      {total > LIST_CAP ? (
        <p role="note" className="text-amber-800">
          Globus lists at most the first {formatCount(LIST_CAP)} matching tasks. Narrow the dates or filters to reach
          the other {formatCount(total - LIST_CAP)}.
        </p>
      ) : null}
    </nav>
  );
}
