// The one notifier for the session: every task document any activity query receives passes
// through `observeTasks`, which raises toasts, system notifications and live announcements.
import { useEffect } from 'react';
import { announce } from '@/features/activity/notifications/live-announcer-store';
import { notifyInBrowser } from '@/features/activity/notifications/browser-notifications';
import { createTaskNotifier } from '@/features/activity/notifications/task-notifier';
import { toastStore } from '@/components/ui/toast-store';
import { taskToast } from '@/features/activity/notifications/task-toast';
import {
  forgetWatchedTasks,
  loadWatchedTasks,
  rememberWatchedTask,
  watchedTasksStore,
} from '@/features/activity/notifications/watched-tasks';
import { isFinished } from '@/lib/globus/task-status';
import type { Task } from '@/lib/globus/task';
import { paths } from '@/lib/routes/paths';
import { taskPoller } from '@/lib/queries/task-poller';

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
  watchChanged();
}

/**
 * A task submitted here: watched until it finishes, across reloads of this browser. The background
 * watch takes it up at its next refresh, not at once: after a resubmit, the new task's own page is
 * about to poll it anyway.
 */
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
  watchChanged();
}

/** Picks up tasks submitted before this page loaded; once per page, however often it is called. */
export function restoreWatchedTasks(): Promise<void> {
  restoring ??= loadWatchedTasks().then((ids) => {
    for (const id of ids) {
      notifier.track(id);
      persisted.add(id);
    }
    watchChanged();
  });
  return restoring;
}

/** Forgets this page's state; `reload` keeps what IndexedDB holds, as a page reload would. */
export function resetNotificationsForTests(opts: { reload?: boolean } = {}): Promise<void> {
  notifier = createTaskNotifier();
  persisted = new Set();
  restoring = null;
  taskPoller.reset();
  watchChanged();
  toastStore.clear();
  return opts.reload ? Promise.resolve() : watchedTasksStore.clear().catch(() => {});
}

// Pages that already poll tell the background watcher, which then leaves their tasks alone:
// a list page covers everything, a task page covers its own task.
let listPages = 0;
const taskPages = new Map<string, number>();
let version = 0;
const watchListeners = new Set<() => void>();
function watchChanged() {
  version += 1;
  watchListeners.forEach((l) => l());
}
/** Looks again at what the background watcher should follow (a submission was announced). */
export const refreshBackgroundWatch = watchChanged;

let idsVersion = -1;
let ids: readonly string[] = [];
const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** What the background watcher follows: watched tasks that no polling page already covers. */
export const backgroundWatch = {
  /** Sorted, and the same array until the set changes (a useSyncExternalStore snapshot). */
  ids: (): readonly string[] => {
    if (idsVersion !== version) {
      const next =
        listPages > 0
          ? []
          : notifier
              .watchedIds()
              .filter((id) => !(taskPages.get(id) ?? 0))
              .sort();
      if (!sameIds(next, ids)) ids = next;
      idsVersion = version;
    }
    return ids;
  },
  subscribe: (listener: () => void) => {
    watchListeners.add(listener);
    return () => {
      watchListeners.delete(listener);
    };
  },
};
export function useListPagePresence(): void {
  useEffect(() => {
    listPages += 1;
    watchChanged();
    return () => {
      listPages -= 1;
      watchChanged();
    };
  }, []);
}
export function useTaskPagePresence(taskId: string): void {
  useEffect(() => {
    taskPages.set(taskId, (taskPages.get(taskId) ?? 0) + 1);
    watchChanged();
    return () => {
      taskPages.set(taskId, (taskPages.get(taskId) ?? 1) - 1);
      watchChanged();
    };
  }, [taskId]);
}
