// GET task/<id>: polls while the task can still change, stops once it has finished.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskKeys } from '@/features/activity/api/task-keys';
import { getTask, type TransferHttp } from '@/features/activity/api/task-routes';
import { usePollingInterval, POLLING_QUERY_OPTIONS } from '@/lib/queries/use-polling-interval';
import { isFinished } from '@/lib/globus/task-status';
import type { Task } from '@/lib/globus/task';

export const taskDetailQueryOptions = (http: TransferHttp, taskId: string) =>
  queryOptions({
    queryKey: taskKeys.detail(taskId),
    queryFn: ({ signal }) => getTask(http, taskId, signal),
  });

const taskRunning = (task: Task | undefined) => !!task && !isFinished(task);

export function useTaskDetail(taskId: string) {
  const { http } = useServices();
  const refetchInterval = usePollingInterval(taskRunning, false);
  return useQuery({ ...taskDetailQueryOptions(http, taskId), ...POLLING_QUERY_OPTIONS, refetchInterval });
}
