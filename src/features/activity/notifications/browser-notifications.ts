// Opt-in system notifications (Notification API) so a transfer finishing while the user works in
// another window is not missed. Off until the user turns it on; the choice is remembered.
import type { TaskNotice } from '@/features/activity/notifications/task-notifier';

const PREF_KEY = 'activity.browser-notifications';

export type BrowserNotificationState = 'unsupported' | 'denied' | 'off' | 'on';

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

function readPref(): boolean {
  try {
    return localStorage.getItem(PREF_KEY) === 'on';
  } catch {
    return false;
  }
}

export function browserNotificationState(): BrowserNotificationState {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return Notification.permission === 'granted' && readPref() ? 'on' : 'off';
}

export async function enableBrowserNotifications(): Promise<BrowserNotificationState> {
  if (!supported()) return 'unsupported';
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission !== 'granted') return permission === 'denied' ? 'denied' : 'off';
  localStorage.setItem(PREF_KEY, 'on');
  return 'on';
}

export function disableBrowserNotifications(): BrowserNotificationState {
  try {
    localStorage.removeItem(PREF_KEY);
  } catch {
    /* storage unavailable: the preference simply is not kept */
  }
  return browserNotificationState();
}

/** Shown only when the page is not what the user is looking at; the toast covers the rest. */
export function notifyInBrowser(notice: TaskNotice, taskHref: string): void {
  if (browserNotificationState() !== 'on') return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  // `tag` makes the system replace rather than stack a repeat for the same task and outcome.
  const n = new Notification(notice.title, { body: notice.body, tag: `${notice.taskId}:${notice.outcome}` });
  n.onclick = () => {
    window.focus();
    window.location.hash = taskHref;
    n.close();
  };
}
