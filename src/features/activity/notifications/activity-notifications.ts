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

// While a list page is mounted its own task_list poll feeds the notifier, so the background
// watcher stands down: one request per tick in total.
let listPages = 0;
const presenceListeners = new Set<() => void>();
export const listPagePresence = {
  get: () => listPages > 0,
  subscribe(listener: () => void) {
    presenceListeners.add(listener);
    return () => presenceListeners.delete(listener);
  },
};
export function useListPagePresence(): void {
  useEffect(() => {
    listPages += 1;
    presenceListeners.forEach((l) => l());
    return () => {
      listPages -= 1;
      presenceListeners.forEach((l) => l());
    };
  }, []);
}
