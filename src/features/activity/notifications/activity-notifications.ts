// The one notifier for the session: every task document any activity query receives passes
// through `observeTasks`, which raises toasts, system notifications and live announcements.
import { useEffect } from 'react';
import { announce } from '@/features/activity/notifications/live-announcer-store';
import { notifyInBrowser } from '@/features/activity/notifications/browser-notifications';
import { createTaskNotifier } from '@/features/activity/notifications/task-notifier';
import { toastStore } from '@/components/ui/toast-store';
import { taskToast } from '@/features/activity/notifications/task-toast';
import { forgetWatchedTasks, loadWatchedTasks, rememberWatchedTask, watchedTasksStore } from '@/features/activity/notifications/watched-tasks';
import { isFinished } from '@/lib/globus/task-status';
import type { Task } from '@/lib/globus/task';
import { paths } from '@/lib/routes/paths';

let notifier = createTaskNotifier();
/** Ids kept in IndexedDB, mirrored here so pruning needs no read per poll. */
let persisted = new Set<string>();
let restoring: Promise<void> | null = null;

export function observeTasks(tasks: readonly Task[]): void {
  for (const notice of notifier.observe(tasks)) {
    toastStore.push(taskToast(notice));
    void notifyInBrowser(notice, paths.task(notice.taskId));
    announce(`${notice.title}: ${notice.body}`);
  }
  // Finished and announced: nothing left to watch after a reload.
  const done = tasks.filter((t) => isFinished(t) && persisted.delete(t.task_id)).map((t) => t.task_id);
  if (done.length) void forgetWatchedTasks(done);
}

/** A task submitted here: watched until it finishes, across reloads of this browser. */
export function trackSubmittedTask(taskId: string): void {
  notifier.track(taskId);
  persisted.add(taskId);
  void rememberWatchedTask(taskId);
}

/** Tasks Transfer no longer knows for this user (another identity signed in, expired): stop. */
export function forgetTasks(taskIds: readonly string[]): void {
  taskIds.forEach((id) => notifier.forget(id));
  const known = taskIds.filter((id) => persisted.delete(id));
  if (known.length) void forgetWatchedTasks(known);
}

/** Picks up tasks submitted before this page loaded; once per page, however often it is called. */
export function restoreWatchedTasks(): Promise<void> {
  restoring ??= loadWatchedTasks().then((ids) => {
    for (const id of ids) {
      notifier.track(id);
      persisted.add(id);
    }
  });
  return restoring;
}

export const watchedTaskIds = () => notifier.watchedIds();

/**
 * Other features announce a submission without importing this one:
 * `window.dispatchEvent(new CustomEvent('globus:task-submitted', { detail: { taskId } }))`.
 */
export const TASK_SUBMITTED_EVENT = 'globus:task-submitted';

/** Forgets this page's state; `reload` keeps what IndexedDB holds, as a page reload would. */
export function resetNotificationsForTests(opts: { reload?: boolean } = {}): Promise<void> {
  notifier = createTaskNotifier();
  persisted = new Set();
  restoring = null;
  toastStore.clear();
  return opts.reload ? Promise.resolve() : watchedTasksStore.clear().catch(() => {});
}

// Pages that already poll tell the background watcher, which then leaves their tasks alone:
// a list page covers everything, a task page covers its own task.
let listPages = 0;
const taskPages = new Map<string, number>();
let version = 0;
const presenceListeners = new Set<() => void>();
const changed = () => {
  version += 1;
  presenceListeners.forEach((l) => l());
};
export const pagePresence = {
  /** Changes whenever a polling page mounts or unmounts. */
  version: () => version,
  listShown: () => listPages > 0,
  taskShown: (taskId: string) => (taskPages.get(taskId) ?? 0) > 0,
  subscribe(listener: () => void) {
    presenceListeners.add(listener);
    return () => presenceListeners.delete(listener);
  },
};
export function useListPagePresence(): void {
  useEffect(() => {
    listPages += 1;
    changed();
    return () => {
      listPages -= 1;
      changed();
    };
  }, []);
}
export function useTaskPagePresence(taskId: string): void {
  useEffect(() => {
    taskPages.set(taskId, (taskPages.get(taskId) ?? 0) + 1);
    changed();
    return () => {
      taskPages.set(taskId, (taskPages.get(taskId) ?? 1) - 1);
      changed();
    };
  }, [taskId]);
}
