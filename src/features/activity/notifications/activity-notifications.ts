// The one notifier for the session: every task document any activity query receives passes
// through `observeTasks`, which raises toasts, system notifications and live announcements.
import { useEffect } from 'react';
import { announce } from '@/features/activity/notifications/live-announcer-store';
import { notifyInBrowser } from '@/features/activity/notifications/browser-notifications';
import { createTaskNotifier } from '@/features/activity/notifications/task-notifier';
import { toastStore } from '@/features/activity/notifications/toast-store';
import type { Task } from '@/features/activity/model/task-types';

let notifier = createTaskNotifier();

export const taskHref = (taskId: string) => `#/activity/${encodeURIComponent(taskId)}`;

export function observeTasks(tasks: readonly Task[]): void {
  for (const notice of notifier.observe(tasks)) {
    toastStore.push(notice);
    notifyInBrowser(notice, taskHref(notice.taskId));
    announce(`${notice.title}: ${notice.body}`);
  }
}

export const trackSubmittedTask = (taskId: string) => notifier.track(taskId);
export const watchedTaskIds = () => notifier.watchedIds();

/**
 * Other features announce a submission without importing this one:
 * `window.dispatchEvent(new CustomEvent('globus:task-submitted', { detail: { taskId } }))`.
 */
export const TASK_SUBMITTED_EVENT = 'globus:task-submitted';

export function resetNotificationsForTests(): void {
  notifier = createTaskNotifier();
  toastStore.clear();
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
