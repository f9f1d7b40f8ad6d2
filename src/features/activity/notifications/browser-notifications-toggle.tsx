import { useSyncExternalStore } from 'react';
import {
  browserNotificationPref,
  browserNotificationState,
  disableBrowserNotifications,
  enableBrowserNotifications,
} from '@/features/activity/notifications/browser-notifications';

/** Opt-in switch for system notifications; explains when the browser blocks them. */
export function BrowserNotificationsToggle() {
  const state = useSyncExternalStore(browserNotificationPref.subscribe, browserNotificationState);
  if (state === 'unsupported') return null;
  if (state === 'denied')
    return (
      <span className="text-xs text-slate-500">Desktop notifications are blocked in this browser’s site settings.</span>
    );
  const on = state === 'on';
  return (
    <label className="inline-flex items-center gap-1.5 text-xs">
      <input
        type="checkbox"
        role="switch"
        aria-checked={on}
        checked={on}
        // Disabled only while the stored choice is read, so it never flips under the user's pointer.
        disabled={state === 'loading'}
        onChange={() => void (on ? disableBrowserNotifications() : enableBrowserNotifications())}
      />
      Desktop notifications when a task finishes
    </label>
  );
}
