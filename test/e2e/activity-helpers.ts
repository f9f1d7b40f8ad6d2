import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openLoggedIn } from './file-manager-helpers';

/** Logs alice in and lands on an activity route (e.g. `activity?status=ACTIVE`, `activity/<id>`). */
export async function openActivity(page: Page, appUrl: string, route: string) {
  await openLoggedIn(page, `${appUrl}#/${route}`);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** Seeds tasks for alice through the emulator's control API and returns their ids. */
export async function seedTasks(control: (path: string, body?: unknown) => Promise<unknown>, body: Record<string, unknown>): Promise<string[]> {
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

/** A row of the Tasks table by the text it shows. */
export const taskRow = (page: Page, text: string | RegExp) => page.getByRole('table', { name: 'Tasks' }).getByRole('row').filter({ hasText: text });
