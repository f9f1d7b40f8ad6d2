// Route `#/activity`: the live task list.
import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { useTaskList } from '@/features/activity/api/task-list';
import { ListPager } from '@/features/activity/components/list-pager';
import { TaskFiltersBar } from '@/features/activity/components/task-filters';
import { TaskTable } from '@/features/activity/components/task-table';
import { PollingStatus } from '@/features/activity/components/polling-status';
import { describeFailure } from '@/lib/globus/describe-failure';
import {
  buildOrderBy,
  buildTaskFilter,
  effectiveLimit,
  filtersFromSearch,
  filtersToSearch,
  type SortField,
  type TaskFilters,
} from '@/features/activity/model/task-filters';
import { isRunning } from '@/lib/globus/task-status';
import { recordTasks } from '@/features/activity/model/throughput';
import { observeTasks, useListPagePresence } from '@/features/activity/notifications/activity-notifications';
import { BrowserNotificationsToggle } from '@/features/activity/notifications/browser-notifications-toggle';

export function ActivityListPage() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const params = useMemo(
    () => ({
      filter: buildTaskFilter(filters),
      orderby: buildOrderBy(filters),
      limit: effectiveLimit(filters),
      offset: filters.offset,
    }),
    [filters],
  );
  const list = useTaskList(params);
  useListPagePresence();

  useEffect(() => {
    if (!list.data || list.isPlaceholderData) return;
    recordTasks(list.data.DATA, list.dataUpdatedAt);
    observeTasks(list.data.DATA);
  }, [list.data, list.dataUpdatedAt, list.isPlaceholderData]);

  const update = useCallback(
    (next: Partial<TaskFilters>) => {
      // Any change other than paging starts again at the first page.
      const offset = 'offset' in next ? next.offset! : 0;
      setSearch(filtersToSearch({ ...filtersFromSearch(search), ...next, offset }), { replace: !('offset' in next) });
    },
    [search, setSearch],
  );
  const onSort = (field: SortField) =>
    update({ sort: field, dir: filters.sort === field && filters.dir === 'DESC' ? 'ASC' : 'DESC' });

  const tasks = list.data?.DATA ?? [];
  const active = tasks.filter(isRunning).length;
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-2 p-3">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold text-slate-900">Activity</h1>
        <div className="flex items-center gap-3 text-xs text-slate-600">
          <span>{active ? `${active} running on this page` : 'Nothing running on this page'}</span>
          <BrowserNotificationsToggle />
        </div>
      </header>
      <TaskFiltersBar filters={filters} onChange={update} />
      <PollingStatus query={list} />
      {list.isPending ? (
        <p role="status" className="p-4 text-sm text-slate-600">
          Loading tasks…
        </p>
      ) : list.isError && !list.data ? (
        <MessagePanel
          role="alert"
          tone="error"
          title={describeFailure(list.error).title}
          actions={<Button onClick={() => void list.refetch()}>Try again</Button>}
        >
          {describeFailure(list.error).detail}
        </MessagePanel>
      ) : tasks.length === 0 ? (
        <MessagePanel title="No tasks match">
          Transfers and deletes you submit appear here. Clear filters to see everything.
        </MessagePanel>
      ) : (
        <TaskTable tasks={tasks} sort={filters.sort} dir={filters.dir} onSort={onSort} />
      )}
      {list.data ? (
        <ListPager
          filters={filters}
          total={list.data.total ?? tasks.length}
          shown={tasks.length}
          onOffset={(offset) => update({ offset })}
        />
      ) : null}
    </div>
  );
}
