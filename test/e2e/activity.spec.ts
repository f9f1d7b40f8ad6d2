// Activity against the emulator's task engine: a transfer submitted in the file manager followed to
// SUCCEEDED with a toast, cancelling a running task, a failing task's event log, accessibility.
import { seriousAxeViolations } from './axe';
import { test, expect, POLLS } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { filesLink, gridAt } from './file-manager-helpers';
import { openLoggedIn } from './login-helpers';
import { finishRunningTasks, openActivity, seedTasks, taskRow } from './activity-helpers';

const t1 = COLLECTIONS.tutorial1;
const t2 = COLLECTIONS.tutorial2;
const SIZES = '/share/sizes/';

/**
 * Parses the amount shown in a row's progress text ("453 kB at 80.0 kB/s · 0 of 1 file" while a
 * single file copies, "100% · 1.05 MB · 1 of 1 file" once done), in bytes.
 */
function shownBytes(text: string): number {
  const m = /(?:^|· )([\d.,]+) (B|kB|MB|GB)(?: at | ·)/.exec(text);
  if (!m) return NaN;
  return Number(m[1]!.replace(/,/g, '')) * { B: 1, kB: 1e3, MB: 1e6, GB: 1e9 }[m[2] as 'B'];
}

test('a transfer submitted in the file manager moves, succeeds and raises one toast; its page charts the throughput', async ({
  page,
  env,
}) => {
  // 1 MiB at 80 KiB/s takes ~13 s of the emulator's clock, which moves only when the test moves it:
  // the page sees the task part-way for as long as it takes, however slow the machine.
  await env.control('engine', { bandwidthBytesPerSecond: 80 * 1024, clock: 'manual' });
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: SIZES, destId: t2.id, destPath: PATHS.share }),
  );
  await gridAt(page, SIZES)
    .getByRole('row', { name: /1MiB\.bin/ })
    .click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Transfer “1MiB.bin”' });
  await dialog.getByRole('textbox', { name: 'Label' }).fill('e2e progress');
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  const row = taskRow(page, 'e2e progress');
  const progressText = async () => (await row.getByRole('cell').nth(3).textContent()) ?? '';
  await expect(row).toContainText(`${t1.name} → ${t2.name}`);
  await env.control('clock/advance', { seconds: 4 });
  // Part-way: some bytes shown while the task is still active; one file, so no percentage stuck at
  // 0% but a moving bar that reads out the bytes.
  await expect
    .poll(async () => {
      const text = (await row.textContent()) ?? '';
      const bytes = shownBytes(await progressText());
      const bar = await row.getByRole('progressbar').getAttribute('aria-valuetext');
      return text.includes('Active') && bytes > 0 && bytes < 1_048_576 && !!bar?.endsWith(' transferred');
    }, POLLS)
    .toBe(true);
  await page.screenshot({ path: 'test-results/activity-list-running.png' });
  const partial = shownBytes(await progressText());
  await finishRunningTasks(env.control);
  await expect(row).toContainText('Succeeded', POLLS);
  expect(shownBytes(await progressText())).toBeGreaterThan(partial);
  await expect(row).toContainText('1 of 1 file');

  const toasts = page.getByRole('region', { name: 'Task notifications' });
  await expect(toasts.getByRole('listitem').filter({ hasText: 'Task finished' })).toHaveCount(1);
  await expect(toasts).toContainText('e2e progress');
  await expect(page.getByTestId('activity-live-region')).toContainText('Task finished: e2e progress');
  await page.screenshot({ path: 'test-results/activity-toast.png' });

  await row.getByRole('link', { name: 'e2e progress' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'e2e progress' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Throughput over the last \d+ min: finished, peak \d/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/activity-detail-chart.png', fullPage: true });
  // Polls of the finished task must not raise the toast again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'e2e progress' })).toBeVisible();
  await expect(toasts.getByRole('listitem')).toHaveCount(0);
});

test('cancelling a running task asks first, shows Globus’s result code, and the task ends cancelled', async ({
  page,
  env,
}) => {
  const [id] = await seedTasks(env.control, { count: 1, status: 'ACTIVE', label: 'long run' });
  await openActivity(page, env, `activity/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'long run 1' })).toBeVisible();
  const opener = page.getByRole('button', { name: 'Cancel task…' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Cancel this task?' });
  await expect(dialog.getByRole('button', { name: 'Keep running' })).toBeFocused();
  await page.screenshot({ path: 'test-results/activity-cancel-dialog.png' });
  await dialog.getByRole('button', { name: 'Cancel task' }).click();
  await expect(dialog).toContainText('Globus answered Canceled');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main').locator('header').getByText('Cancelled', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel task…' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Task notifications' })).toContainText('Task cancelled');
  const log = page.getByRole('region', { name: 'Event log' });
  await expect(log).toContainText('CANCELED');
});

test('a task that keeps hitting permission denied explains itself and its event log shows the error', async ({
  page,
  env,
}) => {
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: PATHS.godata, destId: t1.id, destPath: PATHS.readOnly }),
  );
  await expect(page.getByRole('grid')).toHaveCount(2);
  await gridAt(page, PATHS.godata)
    .getByRole('row', { name: /file1\.txt/ })
    .click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Transfer “file1.txt”' });
  await expect(dialog.getByRole('textbox', { name: 'Destination folder' })).toHaveValue(PATHS.readOnly);
  await dialog.getByRole('textbox', { name: 'Label' }).fill('into read-only');
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('region', { name: 'Tasks started here' }).getByRole('link', { name: 'View task' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'into read-only' })).toBeVisible();
  const needs = page.getByRole('region', { name: 'What this task needs' });
  await expect(needs).toContainText('This task is being retried');
  await expect(needs).toContainText('Permission denied on a collection; Globus keeps retrying until the deadline.');
  const log = page.getByRole('region', { name: 'Event log' });
  await log.getByRole('switch', { name: 'Errors only' }).check();
  const errorRow = log.getByRole('row').filter({ hasText: 'PERMISSION_DENIED' }).first();
  await expect(errorRow).toContainText(`PERMISSION_DENIED on ${PATHS.readOnly}file1.txt; retrying`);
  await expect(errorRow).toContainText('Error:');
  await expect(page.getByRole('region', { name: 'Faults' })).toBeVisible();
});

test('the activity list and a task page have no serious or critical accessibility violations', async ({
  page,
  env,
}) => {
  const ids = await seedTasks(env.control, {
    count: 4,
    status: ['ACTIVE', 'SUCCEEDED', 'FAILED', 'INACTIVE'],
    label: 'axe',
  });
  await openActivity(page, env, 'activity');
  await expect(taskRow(page, 'axe 4')).toBeVisible();
  const scan = () => seriousAxeViolations(page);
  expect(await scan()).toEqual([]);
  // Keyboard: the first task link is reachable and opens the task's page.
  await taskRow(page, 'axe 3').getByRole('link').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'axe 3' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Event log' })).toBeVisible();
  expect(await scan()).toEqual([]);
  await page.goto(`${env.appUrl}#/activity/${ids[3]}`);
  await expect(page.getByRole('region', { name: 'What this task needs' })).toBeVisible();
  await page.screenshot({ path: 'test-results/activity-detail-attention.png', fullPage: true });
  expect(await scan()).toEqual([]);
});
