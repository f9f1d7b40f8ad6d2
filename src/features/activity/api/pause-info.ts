// GET task/<id>/pause_info: the administrators' messages for a paused task.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskKeys } from '@/features/activity/api/task-keys';
import { pauseInfo, type TransferHttp } from '@/features/activity/api/task-routes';

export const pauseInfoQueryOptions = (http: TransferHttp, taskId: string) =>
  queryOptions({
    queryKey: taskKeys.pauseInfo(taskId),
    queryFn: ({ signal }) => pauseInfo(http, taskId, signal),
  });

export function usePauseInfo(taskId: string, paused: boolean) {
  const { http } = useServices();
  return useQuery({ ...pauseInfoQueryOptions(http, taskId), enabled: paused });
}
