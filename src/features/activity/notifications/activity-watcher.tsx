// Background watch for tasks submitted here (in this page or, via IndexedDB, before a reload) or
// seen running, so a toast arrives even when the user is on another page: one task_list request
// filtered to those ids per tick.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskListQueryOptions, anyTaskRunning } from '@/features/activity/api/task-list';
import { POLLING_QUERY_OPTIONS, usePollingInterval } from '@/features/activity/hooks/use-polling';
import {
  TASK_SUBMITTED_EVENT,
  forgetTasks,
  pagePresence,
  observeTasks,
  restoreWatchedTasks,
  trackSubmittedTask,
  watchedTaskIds,
} from '@/features/activity/notifications/activity-notifications';

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function ActivityWatcher() {
  const { http } = useServices();
  const presence = useSyncExternalStore(pagePresence.subscribe, pagePresence.version);
  const listShown = pagePresence.listShown();
  const unwatched = () => watchedTaskIds().filter((id) => !pagePresence.taskShown(id)).sort();
  const [ids, setIds] = useState<string[]>(unwatched);
  const refresh = () => setIds((prev) => {
    const next = unwatched();
    return sameIds(prev, next) ? prev : next;
  });

  useEffect(() => {
    const onSubmitted = (e: Event) => {
      const taskId = (e as CustomEvent<{ taskId?: string }>).detail?.taskId;
      if (taskId) {
        trackSubmittedTask(taskId);
        refresh();
      }
    };
    window.addEventListener(TASK_SUBMITTED_EVENT, onSubmitted);
    let live = true;
    void restoreWatchedTasks().then(() => live && refresh());
    return () => {
      live = false;
      window.removeEventListener(TASK_SUBMITTED_EVENT, onSubmitted);
    };
  }, []);
  // Pages coming and going change what is left to watch (and may have found running tasks).
  useEffect(refresh, [presence]);

  const refetchInterval = usePollingInterval(anyTaskRunning, false);
  const params = { filter: `task_id:${ids.join(',')}`, orderby: 'request_time DESC', limit: Math.max(ids.length, 1), offset: 0 };
  const watch = useQuery({
    ...taskListQueryOptions(http, params),
    ...POLLING_QUERY_OPTIONS,
    refetchInterval,
    enabled: !listShown && ids.length > 0,
  });

  useEffect(() => {
    const tasks = watch.data?.DATA;
    if (!tasks) return;
    observeTasks(tasks);
    // The answer is for exactly `ids`; one missing is not this user's (or no longer exists).
    forgetTasks(ids.filter((id) => !tasks.some((t) => t.task_id === id)));
    refresh();
  }, [watch.data]);
  return null;
}
