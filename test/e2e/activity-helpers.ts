import type { Page, Request } from '@playwright/test';
import { expect, POLLS, type E2EEnv } from './fixtures';
import { openLoggedIn } from './login-helpers';

/** Logs alice in and lands on an activity route (e.g. `activity?status=ACTIVE`, `activity/<id>`). */
export async function openActivity(page: Page, env: E2EEnv, route: string) {
  await openLoggedIn(page, env, `${env.appUrl}#/${route}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Seeds tasks for alice through the emulator's control API and returns their ids. */
export async function seedTasks(
  control: (path: string, body?: unknown) => Promise<unknown>,
  body: Record<string, unknown>,
): Promise<string[]> {
  const res = (await control('tasks/seed', { identity: 'alice@example.org', ...body })) as { task_ids: string[] };
  return res.task_ids;
}

/** Emulates the tab being hidden or shown: the properties browsers report and the (bubbling) event. */
export async function setTabHidden(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
  }, hidden);
}

/** Counts the page's task_list requests from now on. */
export function countTaskListRequests(page: Page, emulatorUrl: string) {
  let n = 0;
  page.on('request', (r) => {
    if (r.url().startsWith(`${emulatorUrl}/v0.10/task_list`)) n += 1;
  });
  return () => n;
}

/**
 * Lets `ms` of the page's time pass at once (Playwright's clock, installed before the page loaded), so
 * every timer due in that span fires, then waits until each Transfer request they set off has been
 * answered (or has failed): what the page can learn in that span, it has learned. Returns how many
 * requests that was.
 */
export async function letTimePass(page: Page, emulatorUrl: string, ms: number): Promise<number> {
  const sent: Request[] = [];
  const onRequest = (r: Request) => {
    if (r.url().startsWith(`${emulatorUrl}/v0.10/`)) sent.push(r);
  };
  page.on('request', onRequest);
  try {
    await page.clock.runFor(ms);
    // A timer's fetch starts a few turns later (the token comes from IndexedDB first).
    await settle(page, 5);
  } finally {
    page.off('request', onRequest);
  }
  await Promise.all(sent.map((r) => r.response()));
  // Then what the page renders from those answers.
  await settle(page, 2);
  return sent.length;
}

/** For a check made right after the page's time moved: what the page learned is rendered within moments. */
export const SOON = { timeout: 2_000 };

/**
 * For what the pages learn from their next polls: moves each page's clock (installed before it loaded) on by a
 * polling tick, its requests answered and rendered, until `assertion` (made with SOON) passes. Polls happen when
 * the test moves the clock, not after real seconds, so a busy machine only makes this slower, never wrong.
 */
export async function afterPolls(pages: Page | Page[], emulatorUrl: string, assertion: () => Promise<void>) {
  await expect(async () => {
    for (const page of Array.isArray(pages) ? pages : [pages]) await letTimePass(page, emulatorUrl, 5_000);
    await assertion();
  }).toPass(POLLS);
}

/** Waits for `turns` turns of the page's event loop (a message channel: Playwright's clock does not hold it). */
function settle(page: Page, turns: number): Promise<void> {
  return page.evaluate(async (n) => {
    for (let i = 0; i < n; i++) {
      await new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    }
  }, turns);
}

/** The next task_list response the page receives. */
export const nextTaskList = (page: Page, emulatorUrl: string) =>
  page.waitForResponse((r) => r.url().startsWith(`${emulatorUrl}/v0.10/task_list`));

/** A row of the Tasks table by the text it shows. */
export const taskRow = (page: Page, text: string | RegExp) =>
  page.getByRole('table', { name: 'Tasks' }).getByRole('row').filter({ hasText: text });

/**
 * On the file manager: selects `file` in the left pane (showing `leftPath`), opens the transfer
 * dialog (F5) and starts it with `label`.
 */
export async function startTransfer(page: Page, leftPath: string, file: RegExp, label: string) {
  const left = page.getByRole('grid', { name: new RegExp(`at ${leftPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  await left.getByRole('row', { name: file }).click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: /^Transfer “/ });
  await dialog.getByRole('textbox', { name: 'Label' }).fill(label);
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Tasks started here' })).toContainText(label);
}

/** Moves the emulator's clock on an hour: running tasks that can progress finish before it answers. */
export const finishRunningTasks = (control: (path: string, body?: unknown) => Promise<unknown>) =>
  control('clock/advance', { seconds: 3600 });

/**
 * Before any page script: records every `new Notification(...)` in `window.__notifications`, and
 * lets the test decide what `document.hasFocus()` answers (`window.__setFocused(false)`).
 */
export function recordNotificationsScript() {
  const w = window as unknown as {
    __notifications: { title: string; body?: string }[];
    __setFocused: (f: boolean) => void;
  };
  w.__notifications = [];
  const Real = window.Notification;
  class Recording extends Real {
    constructor(title: string, options?: NotificationOptions) {
      w.__notifications.push({ title, body: options?.body });
      super(title, options);
    }
  }
  Object.defineProperty(Recording, 'permission', { get: () => Real.permission });
  Object.defineProperty(Recording, 'requestPermission', { value: (...a: []) => Real.requestPermission(...a) });
  Object.defineProperty(window, 'Notification', { configurable: true, writable: true, value: Recording });
  let focused = true;
  w.__setFocused = (f) => {
    focused = f;
  };
  document.hasFocus = () => focused;
}
