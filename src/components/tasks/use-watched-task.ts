// One task followed through the page's shared poll: its last known document, whether Transfer
// knows it for this identity, and the last poll's failure.
import { useEffect, useSyncExternalStore } from 'react';
import { useTaskPoll } from '@/components/tasks/use-task-poll';
import type { Task } from '@/lib/globus/task';
import { taskPoller } from '@/lib/queries/task-poller';

export interface WatchedTask {
  task: Task | undefined;
  /** Transfer did not return it: another identity's task, or gone. */
  missing: boolean;
  /** Why the last poll failed; null when it succeeded. */
  error: unknown;
}

export function useWatchedTask(taskId: string): WatchedTask {
  useTaskPoll();
  useEffect(() => taskPoller.watch([taskId]), [taskId]);
  const task = useSyncExternalStore(taskPoller.subscribe, () => taskPoller.task(taskId));
  const missing = useSyncExternalStore(taskPoller.subscribe, () => taskPoller.isMissing(taskId));
  const error = useSyncExternalStore(taskPoller.subscribe, taskPoller.error);
  return { task, missing, error };
}
