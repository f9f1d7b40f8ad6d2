// Marker-paged task lists: successful_transfers and skipped_errors (docs/protocol/tasks.md#successful-transfers-and-skipped-errors).
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskKeys } from '@/features/activity/api/task-keys';
import { skippedErrors, successfulTransfers, type TransferHttp } from '@/features/activity/api/task-routes';
import type { MarkerPage } from '@/lib/globus/task';

type Marker = string | number | undefined;
const nextMarker = <T>(page: MarkerPage<T>): Marker => (page.next_marker == null ? undefined : page.next_marker);

export const successfulTransfersQueryOptions = (http: TransferHttp, taskId: string) =>
  infiniteQueryOptions({
    queryKey: taskKeys.successful(taskId),
    queryFn: ({ pageParam, signal }) => successfulTransfers(http, taskId, pageParam, signal),
    initialPageParam: undefined as Marker,
    getNextPageParam: nextMarker,
  });

export const skippedErrorsQueryOptions = (http: TransferHttp, taskId: string) =>
  infiniteQueryOptions({
    queryKey: taskKeys.skipped(taskId),
    queryFn: ({ pageParam, signal }) => skippedErrors(http, taskId, pageParam, signal),
    initialPageParam: undefined as Marker,
    getNextPageParam: nextMarker,
  });

export function useSuccessfulTransfers(taskId: string, enabled: boolean) {
  const { http } = useServices();
  return useInfiniteQuery({ ...successfulTransfersQueryOptions(http, taskId), enabled });
}

export function useSkippedErrors(taskId: string, enabled: boolean) {
  const { http } = useServices();
  return useInfiniteQuery({ ...skippedErrorsQueryOptions(http, taskId), enabled });
}
