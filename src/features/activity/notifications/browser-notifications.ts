// Opt-in system notifications (Notification API) so a transfer finishing while the user works in
// another window is not missed. Off until the user turns it on; the choice is kept in IndexedDB,
// which answers asynchronously, so the state is 'loading' until the stored value is known.
import { createKeyValueStore } from '@/lib/storage/kv-store';
import type { TaskNotice } from '@/features/activity/notifications/task-notifier';

const prefsStore = createKeyValueStore<boolean>('activity-prefs');
const PREF_KEY = 'browser-notifications';

export type BrowserNotificationState = 'loading' | 'unsupported' | 'denied' | 'off' | 'on';

const supported = () => typeof window !== 'undefined' && 'Notification' in window;

/** undefined until read from the store (or set by the user, whichever comes first). */
let optedIn: boolean | undefined;
let loading: Promise<boolean> | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

function loadPref(): Promise<boolean> {
  loading ??= prefsStore
    .get(PREF_KEY)
    .then(
      (v) => v === true,
      () => false,
    ) // IndexedDB refused (private window): simply off
    .then((stored) => {
      // A click that landed before the read finished wins over the older stored value.
      optedIn ??= stored;
      emit();
      return optedIn;
    });
  return loading;
}

function persist(value: boolean): void {
  optedIn = value;
  emit();
  void (value ? prefsStore.set(PREF_KEY, true) : prefsStore.delete(PREF_KEY)).catch(() => {});
}

export const browserNotificationPref = {
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    void loadPref();
    return () => {
      listeners.delete(listener);
    };
  },
};

export function browserNotificationState(): BrowserNotificationState {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  if (optedIn === undefined) return 'loading';
  return Notification.permission === 'granted' && optedIn ? 'on' : 'off';
}

export async function enableBrowserNotifications(): Promise<BrowserNotificationState> {
  if (!supported()) return 'unsupported';
  const permission = Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission !== 'granted') {
    emit();
    return permission === 'denied' ? 'denied' : 'off';
  }
  persist(true);
  return 'on';
}

export function disableBrowserNotifications(): BrowserNotificationState {
  persist(false);
  return browserNotificationState();
}

/** Shown only when the page is not what the user is looking at; the toast covers the rest. */
export async function notifyInBrowser(notice: TaskNotice, taskHref: string): Promise<void> {
  if (!supported()) return;
  await loadPref();
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

export function resetBrowserNotificationsForTests(): void {
  optedIn = undefined;
  loading = null;
}
