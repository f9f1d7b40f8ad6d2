// Background watch for tasks submitted here or seen running, so a toast arrives even when the
// user is on another page: one task_list request filtered to those ids per tick.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskListQueryOptions, anyTaskRunning } from '@/features/activity/api/task-list';
import { POLLING_QUERY_OPTIONS, usePollingInterval } from '@/features/activity/hooks/use-polling';
import {
  TASK_SUBMITTED_EVENT,
  listPagePresence,
  observeTasks,
  trackSubmittedTask,
  watchedTaskIds,
} from '@/features/activity/notifications/activity-notifications';

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function ActivityWatcher() {
  const { http } = useServices();
  const listShown = useSyncExternalStore(listPagePresence.subscribe, listPagePresence.get);
  const [ids, setIds] = useState<string[]>(() => watchedTaskIds().sort());
  const refresh = () => setIds((prev) => {
    const next = watchedTaskIds().sort();
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
    return () => window.removeEventListener(TASK_SUBMITTED_EVENT, onSubmitted);
  }, []);
  // The list page may have discovered running tasks while it was shown.
  useEffect(refresh, [listShown]);

  const refetchInterval = usePollingInterval(anyTaskRunning, false);
  const params = { filter: `task_id:${ids.join(',')}`, orderby: 'request_time DESC', limit: Math.max(ids.length, 1), offset: 0 };
  const watch = useQuery({
    ...taskListQueryOptions(http, params),
    ...POLLING_QUERY_OPTIONS,
    refetchInterval,
    enabled: !listShown && ids.length > 0,
  });

  useEffect(() => {
    if (!watch.data) return;
    observeTasks(watch.data.DATA);
    refresh();
  }, [watch.data]);
  return null;
}
