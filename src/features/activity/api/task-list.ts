// GET task_list: one request per tick serves every task on the visible page.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskKeys } from '@/features/activity/api/task-keys';
import { taskList, type TaskListParams, type TransferHttp } from '@/features/activity/api/task-routes';
import { usePollingInterval, POLLING_QUERY_OPTIONS } from '@/lib/queries/use-polling-interval';
import { SLOW_INTERVAL_MS } from '@/lib/queries/polling-policy';
import { isRunning } from '@/lib/globus/task-status';
import type { TaskList } from '@/lib/globus/task';

export const taskListQueryOptions = (http: TransferHttp, params: TaskListParams) =>
  queryOptions({
    queryKey: taskKeys.list(params),
    queryFn: ({ signal }) => taskList(http, params, signal),
  });

export const anyTaskRunning = (data: TaskList | undefined) => !!data?.DATA.some(isRunning);

/**
 * The list keeps polling slowly when everything shown has finished, because tasks submitted from
 * elsewhere (CLI, the Globus web app) should still appear.
 */
export function useTaskList(params: TaskListParams) {
  const { http } = useServices();
  const refetchInterval = usePollingInterval(anyTaskRunning, SLOW_INTERVAL_MS);
  return useQuery({
    ...taskListQueryOptions(http, params),
    ...POLLING_QUERY_OPTIONS,
    refetchInterval,
    placeholderData: keepPreviousData,
  });
}
