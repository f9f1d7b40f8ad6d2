// Background watch for tasks submitted here (in this page or, via IndexedDB, before a reload) or
// seen running, so a toast arrives even when the user is on another page. The tasks join the page's
// one task poll (shared with the file manager's tray): one task_list request per tick for all.
import { useEffect, useSyncExternalStore } from 'react';
import { useTaskPoll } from '@/components/tasks/use-task-poll';
import { taskSubmitted } from '@/lib/events/task-submitted';
import { taskPoller } from '@/lib/queries/task-poller';
import {
  backgroundWatch,
  forgetTasks,
  observeTasks,
  refreshBackgroundWatch,
  restoreWatchedTasks,
  trackSubmittedTask,
} from '@/features/activity/notifications/activity-notifications';

export function ActivityWatcher() {
  // Everything below reads module state through stores and subscriptions, never a value captured
  // at an earlier render, so no effect can act on a stale list of ids.
  const ids = useSyncExternalStore(backgroundWatch.subscribe, backgroundWatch.ids);
  useEffect(
    () =>
      taskSubmitted.subscribe(({ taskId }) => {
        trackSubmittedTask(taskId);
        refreshBackgroundWatch();
      }),
    [],
  );
  useEffect(() => void restoreWatchedTasks(), []);
  useEffect(() => (ids.length ? taskPoller.watch(ids) : undefined), [ids]);
  useEffect(
    () =>
      taskPoller.onResult(({ ids: asked, tasks }) => {
        observeTasks(tasks);
        // The answer is for exactly `asked`; one missing is not this user's (or no longer exists).
        forgetTasks(asked.filter((id) => !tasks.some((t) => t.task_id === id)));
      }),
    [],
  );
  useTaskPoll();
  return null;
}
