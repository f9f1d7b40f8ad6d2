// The desktop-notification opt-in lives in IndexedDB (never Web Storage) and is read asynchronously.
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import {
  notifyInBrowser,
  resetBrowserNotificationsForTests,
} from '@/features/activity/notifications/browser-notifications';
import { BrowserNotificationsToggle } from '@/features/activity/notifications/browser-notifications-toggle';
import { eventually } from '@/test/eventually';

const prefs = createKeyValueStore<boolean>('activity-prefs');

class FakeNotification {
  static permission: NotificationPermission = 'granted';
  static created: { title: string; body?: string }[] = [];
  static requestPermission = vi.fn(async () => FakeNotification.permission);
  onclick: (() => void) | null = null;
  constructor(title: string, opts?: NotificationOptions) {
    FakeNotification.created.push({ title, body: opts?.body });
  }
  close() {}
}

const notice = { taskId: 't1', outcome: 'succeeded' as const, title: 'Task finished', body: 'Nightly — done' };
let focused = false;

beforeEach(async () => {
  FakeNotification.permission = 'granted';
  FakeNotification.created = [];
  vi.stubGlobal('Notification', FakeNotification);
  vi.spyOn(document, 'hasFocus').mockImplementation(() => focused);
  focused = false;
  await prefs.clear();
  resetBrowserNotificationsForTests();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('desktop notifications opt-in', () => {
  it('the switch waits for the stored choice, then shows it', async () => {
    await prefs.set('browser-notifications', true);
    render(<BrowserNotificationsToggle />);
    const toggle = screen.getByRole('switch', { name: /Desktop notifications/ });
    expect((toggle as HTMLInputElement).disabled).toBe(true);
    await eventually(() => expect((toggle as HTMLInputElement).disabled).toBe(false));
    expect((toggle as HTMLInputElement).checked).toBe(true);
  });

  it('turning it on and off is kept in IndexedDB, nothing in Web Storage', async () => {
    render(<BrowserNotificationsToggle />);
    const toggle = screen.getByRole<HTMLInputElement>('switch', { name: /Desktop notifications/ });
    await eventually(() => expect(toggle.disabled).toBe(false));
    expect(toggle.checked).toBe(false);
    await userEvent.click(toggle);
    await eventually(() => expect(toggle.checked).toBe(true));
    await eventually(async () => expect(await prefs.get('browser-notifications')).toBe(true));
    await userEvent.click(toggle);
    await eventually(() => expect(toggle.checked).toBe(false));
    await eventually(async () => expect(await prefs.get('browser-notifications')).toBeUndefined());
    expect(localStorage.length + sessionStorage.length).toBe(0);
  });

  it('explains a refusal by the browser instead of offering the switch', async () => {
    FakeNotification.permission = 'denied';
    render(<BrowserNotificationsToggle />);
    expect(screen.getByText(/blocked in this browser’s site settings/)).toBeTruthy();
    expect(screen.queryByRole('switch')).toBeNull();
  });

  it('notifies only when opted in and the page is not in front', async () => {
    await notifyInBrowser(notice, '#/activity/t1');
    expect(FakeNotification.created).toEqual([]); // not opted in

    await prefs.set('browser-notifications', true);
    resetBrowserNotificationsForTests(); // a new page load reads the stored choice
    focused = true;
    await notifyInBrowser(notice, '#/activity/t1');
    expect(FakeNotification.created).toEqual([]); // the toast is enough

    focused = false;
    await act(() => notifyInBrowser(notice, '#/activity/t1'));
    expect(FakeNotification.created).toEqual([{ title: 'Task finished', body: 'Nightly — done' }]);
  });
});
