// Live monitoring against the emulator: the network dropping during polling, desktop notifications
// for a watched task after a reload, and stalled tasks that say what to do and resume once fixed.
import type { Page } from '@playwright/test';
import { test, expect, POLLS } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { filesLink } from './file-manager-helpers';
import { openLoggedIn, openThroughLoginPages } from './login-helpers';
import {
  finishRunningTasks,
  letTimePass,
  nextTaskList,
  recordNotificationsScript,
  setTabHidden,
  startTransfer,
  taskRow,
} from './activity-helpers';

const t1 = COLLECTIONS.tutorial1;
const t2 = COLLECTIONS.tutorial2;
const SIZES = '/share/sizes/';
const toasts = (page: Page) => page.getByRole('region', { name: 'Task notifications' });

test('the network dropping during polling: a clear note, rows kept, recovery by itself with one toast', async ({
  page,
  env,
}) => {
  // The task moves only when the test moves the emulator's clock; the page's time is Playwright's.
  await env.control('engine', { bandwidthBytesPerSecond: 16 * 1024, clock: 'manual' });
  await page.clock.install();
  const link = filesLink(env.appUrl, { originId: t1.id, originPath: SIZES, destId: t2.id, destPath: PATHS.share });
  await openLoggedIn(page, env, link);
  await startTransfer(page, SIZES, /1MiB\.bin/, 'offline run');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  const row = taskRow(page, 'offline run');
  await expect(row).toContainText('Active');

  await page.context().setOffline(true);
  const note = page.getByRole('status').filter({ hasText: /You are offline|Cannot reach Globus/ });
  await expect(note).toBeVisible();
  await expect(note).toContainText('resume by themselves');
  await expect(row).toContainText('Active');
  // The task finishes while this page cannot see it.
  await finishRunningTasks(env.control);
  // More than a fast tick passes offline: every poll is held or fails, so nothing can be announced.
  await letTimePass(page, env.emulatorUrl, 6_000);
  await expect(row).toContainText('Active');
  await expect(toasts(page).getByRole('listitem')).toHaveCount(0);

  await page.context().setOffline(false);
  await expect(row).toContainText('Succeeded', POLLS);
  await expect(note).toBeHidden();
  const finished = toasts(page).getByRole('listitem').filter({ hasText: 'Task finished' });
  await expect(finished).toHaveCount(1);
  // A further poll must not repeat it (success toasts stay 10 s): the tab shown again asks at once.
  const repolled = nextTaskList(page, env.emulatorUrl);
  await setTabHidden(page, false);
  await repolled;
  await expect(finished).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
});

test('desktop notifications: the opt-in is remembered, and a watched task finishing after a reload while the page is in the background yields one', async ({
  page,
  env,
}) => {
  await page.context().grantPermissions(['notifications'], { origin: new URL(env.appUrl).origin });
  await page.addInitScript(recordNotificationsScript);
  await env.control('engine', { bandwidthBytesPerSecond: 8 * 1024, clock: 'manual' });
  await page.clock.install();
  await openLoggedIn(page, env, `${env.appUrl}#/activity`);
  const toggle = page.getByRole('switch', { name: 'Desktop notifications when a task finishes' });
  await expect(toggle).toBeEnabled();
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(toggle).toBeChecked();
  await page.reload();
  await expect(toggle).toBeChecked();
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);

  await page.goto(filesLink(env.appUrl, { originId: t1.id, originPath: SIZES, destId: t2.id, destPath: PATHS.share }));
  await startTransfer(page, SIZES, /1MiB\.bin/, 'notify me');
  // A reload forgets everything but IndexedDB: the task is still watched from there.
  await page.reload();
  await expect(page.getByRole('grid')).toHaveCount(2);
  await page.evaluate(() => (window as unknown as { __setFocused: (f: boolean) => void }).__setFocused(false));
  await finishRunningTasks(env.control);

  await expect(toasts(page).getByRole('listitem').filter({ hasText: 'Task finished' })).toContainText(
    'notify me',
    POLLS,
  );
  const recorded = () =>
    page.evaluate(() => (window as unknown as { __notifications: { title: string; body?: string }[] }).__notifications);
  await expect.poll(async () => (await recorded()).length).toBe(1);
  // More than one tick of the background watcher (5 s) passes, in which a duplicate would show up.
  await letTimePass(page, env.emulatorUrl, 6_000);
  const all = await recorded();
  expect(all).toHaveLength(1);
  expect(all[0]!.title).toBe('Task finished');
  expect(all[0]!.body).toContain('notify me');
});

test('a task stalled by a withdrawn consent says what to do, and resumes and succeeds after the user grants it again', async ({
  page,
  env,
}) => {
  const mapped = COLLECTIONS.mapped;
  // Slow enough that the task cannot finish by itself before the test lets it (4 minutes).
  await env.control('engine', { bandwidthBytesPerSecond: 4 * 1024 });
  const link = filesLink(env.appUrl, { originId: t1.id, originPath: SIZES, destId: mapped.id, destPath: PATHS.home });
  await openThroughLoginPages(page, link);
  await page.getByRole('button', { name: 'Give consent' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  await startTransfer(page, SIZES, /1MiB\.bin/, 'needs consent');
  await page.getByRole('region', { name: 'Tasks started here' }).getByRole('link', { name: 'View task' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'needs consent' })).toBeVisible();
  const taskUrl = page.url();

  // The user withdraws the data_access consent on Globus's own consents page.
  await page.goto(`${env.emulatorUrl}/v2/web/consents`);
  await page.getByRole('listitem').filter({ hasText: '/data_access' }).getByRole('button', { name: 'Rescind' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '/data_access' })).toHaveCount(0);
  await page.goto(taskUrl);

  const needs = page.getByRole('region', { name: 'What this task needs' });
  await expect(needs).toContainText('This task is waiting for your permission', POLLS);
  await expect(needs).toContainText('You will sign in with Globus, approve access, and come back here.');
  await expect(page.getByRole('main').locator('header')).toContainText('Needs attention');
  await page.screenshot({ path: 'test-results/activity-consent-stall.png', fullPage: true });
  await needs.getByRole('button', { name: /^Grant access/ }).click();
  await page.getByRole('button', { name: 'Allow' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'needs consent' })).toBeVisible();
  await expect(needs).toBeHidden(POLLS);
  await finishRunningTasks(env.control);
  await expect(page.getByRole('main').locator('header').getByText('Succeeded', { exact: true })).toBeVisible(POLLS);
});

test('a Globus Connect Personal collection going offline mid-transfer: the task says to start it, then resumes and succeeds', async ({
  page,
  env,
}) => {
  const gcp = COLLECTIONS.gcpAlice;
  // Slow enough that the task cannot finish by itself before the test lets it (4 minutes).
  await env.control('engine', { bandwidthBytesPerSecond: 4 * 1024 });
  await page.clock.install();
  const link = filesLink(env.appUrl, { originId: t1.id, originPath: SIZES, destId: gcp.id, destPath: PATHS.home });
  await openLoggedIn(page, env, link);
  await startTransfer(page, SIZES, /1MiB\.bin/, 'to laptop');
  await page.getByRole('region', { name: 'Tasks started here' }).getByRole('link', { name: 'View task' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'to laptop' })).toBeVisible();

  await env.control(`collections/${gcp.id}/disconnect`, {});
  const needs = page.getByRole('region', { name: 'What this task needs' });
  await expect(needs).toContainText(
    'Globus Connect Personal is not running on one side. Start it and the task resumes.',
    POLLS,
  );
  await finishRunningTasks(env.control);
  // Still held while disconnected: the page polls the task (fast tick, 5 s) and must not see it finish.
  expect(await letTimePass(page, env.emulatorUrl, 6_000)).toBeGreaterThanOrEqual(1);
  await expect(page.getByRole('main').locator('header').getByText('Succeeded', { exact: true })).toHaveCount(0);

  await env.control(`collections/${gcp.id}/reconnect`, {});
  await finishRunningTasks(env.control);
  await expect(page.getByRole('main').locator('header').getByText('Succeeded', { exact: true })).toBeVisible(POLLS);
  await expect(needs).toBeHidden();
  await expect(toasts(page).getByRole('listitem').filter({ hasText: 'Task finished' })).toHaveCount(1);
});
