// The administrator task list (last_key paging), one task, its events and its pause information.
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { consoleKeys } from '@/features/console/api/console-keys';
import type { GlobusHttp } from '@/lib/globus/http';
import {
  managerEventList,
  managerPauseInfo,
  managerTask,
  managerTaskList,
  type ManagerTask,
  type ManagerTaskFilters,
  type ManagerTaskList,
} from '@/lib/globus/endpoint-manager';
import { isFinished } from '@/lib/globus/task-status';
import { POLLING_QUERY_OPTIONS, usePollingInterval } from '@/lib/queries/use-polling-interval';

export const ADMIN_PAGE_SIZE = 50;
const EVENT_LIMIT = 50;

const adminTaskListQuery = (http: GlobusHttp, filters: ManagerTaskFilters) =>
  infiniteQueryOptions({
    queryKey: consoleKeys.taskList(filters),
    queryFn: ({ pageParam, signal }) =>
      managerTaskList(
        http,
        { ...filters, limit: ADMIN_PAGE_SIZE, ...(pageParam ? { last_key: pageParam } : {}) },
        { signal },
      ),
    initialPageParam: '',
    getNextPageParam: (last: ManagerTaskList) => (last.has_next_page && last.last_key ? last.last_key : undefined),
  });

type Pages = { pages: ManagerTaskList[] };
const anyRunning = (data: Pages | undefined) => !!data?.pages.some((p) => p.DATA.some((t) => !isFinished(t)));

const LIST_POLL_MS = 5000;

/**
 * Polls (every loaded page) while a task on screen still runs, so pauses, resumes and cancels show up; not
 * after a failure, where the error and a Try again button stay instead.
 */
export function useAdminTaskList(filters: ManagerTaskFilters) {
  const { http } = useServices();
  return useInfiniteQuery({
    ...adminTaskListQuery(http, filters),
    ...POLLING_QUERY_OPTIONS,
    refetchInterval: (q) => (q.state.status !== 'error' && anyRunning(q.state.data) ? LIST_POLL_MS : false),
  });
}

const taskRunning = (task: ManagerTask | undefined) => !!task && !isFinished(task);

const adminTaskQuery = (http: GlobusHttp, taskId: string) =>
  queryOptions({
    queryKey: consoleKeys.task(taskId),
    queryFn: ({ signal }) => managerTask(http, taskId, { signal }),
  });

const adminEventsQuery = (http: GlobusHttp, taskId: string) =>
  queryOptions({
    queryKey: consoleKeys.events(taskId),
    queryFn: ({ signal }) => managerEventList(http, taskId, { limit: EVENT_LIMIT, offset: 0 }, { signal }),
  });

const adminPauseInfoQuery = (http: GlobusHttp, taskId: string) =>
  queryOptions({
    queryKey: consoleKeys.pauseInfo(taskId),
    queryFn: ({ signal }) => managerPauseInfo(http, taskId, { signal }),
  });

export function useAdminTask(taskId: string) {
  const { http } = useServices();
  const refetchInterval = usePollingInterval(taskRunning, false);
  return useQuery({ ...adminTaskQuery(http, taskId), ...POLLING_QUERY_OPTIONS, refetchInterval });
}

/** The latest events, refreshed while the task runs. */
export function useAdminTaskEvents(taskId: string, running: boolean) {
  const { http } = useServices();
  return useQuery({ ...adminEventsQuery(http, taskId), refetchInterval: running ? 10_000 : false });
}

/** Refetched whenever the task is polled, so a pause message or rule change shows. */
export function useAdminPauseInfo(taskId: string, enabled: boolean) {
  const { http } = useServices();
  return useQuery({ ...adminPauseInfoQuery(http, taskId), enabled, refetchInterval: enabled ? 10_000 : false });
}
