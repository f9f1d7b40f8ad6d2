// GET task/<id>/event_list, offset-paged, optionally errors only.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskKeys } from '@/features/activity/api/task-keys';
import { eventList, type TransferHttp } from '@/features/activity/api/task-routes';

export const EVENTS_PAGE_SIZE = 25;
/** How often the log refreshes while the task runs; the task itself polls faster. */
const EVENTS_REFRESH_MS = 30_000;

export interface EventsParams {
  offset: number;
  limit: number;
  errorsOnly: boolean;
}

export const taskEventsQueryOptions = (http: TransferHttp, taskId: string, p: EventsParams) =>
  queryOptions({
    queryKey: taskKeys.events(taskId, p),
    queryFn: ({ signal }) => eventList(http, taskId, p, signal),
  });

export function useTaskEvents(taskId: string, p: EventsParams, taskRunning: boolean) {
  const { http } = useServices();
  return useQuery({
    ...taskEventsQueryOptions(http, taskId, p),
    placeholderData: keepPreviousData,
    refetchInterval: taskRunning ? EVENTS_REFRESH_MS : false,
    refetchIntervalInBackground: false,
  });
}

/** The newest events at once, for the throughput chart of a task this tab did not watch (PROGRESS carries bytes). */
export function useTaskHistory(taskId: string, enabled: boolean) {
  const { http } = useServices();
  return useQuery({ ...taskEventsQueryOptions(http, taskId, { offset: 0, limit: 1000, errorsOnly: false }), enabled });
}
