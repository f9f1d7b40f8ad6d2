// A user in New York: the deadline typed in the transfer dialog reads the same on the task page and in the edit
// box (local time, zone named); the transfer this app made can be cancelled and resubmitted.
import { test, expect } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { filesLink, gridAt } from './file-manager-helpers';
import { openLoggedIn } from './login-helpers';
import { taskRow } from './activity-helpers';

const t1 = COLLECTIONS.tutorial1;
const t2 = COLLECTIONS.tutorial2;

test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

test('a deadline typed in New York reads the same on the task page and in the edit box; the task can be resubmitted', async ({
  page,
  env,
}) => {
  // The emulator's clock moves only when told, so the task stays running while its deadline is edited.
  await env.control('engine', { bandwidthBytesPerSecond: 1024, clock: 'manual' });
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: '/share/sizes/', destId: t2.id, destPath: PATHS.share }),
  );
  await gridAt(page, '/share/sizes/')
    .getByRole('row', { name: /1MiB\.bin/ })
    .click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: 'Transfer “1MiB.bin”' });
  await dialog.getByRole('textbox', { name: 'Label' }).fill('nyc deadline');
  const typed = dialog.getByLabel(/^Deadline \(local time: EST, America\/New_York\)/);
  await typed.fill('2031-02-01T08:30');
  await dialog.getByRole('button', { name: 'Start transfer' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  await taskRow(page, 'nyc deadline').getByRole('link', { name: 'nyc deadline' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('nyc deadline');
  const overview = page.getByRole('region', { name: 'Overview' });
  const deadline = overview.locator('dt', { hasText: 'Deadline' }).locator('+ dd');
  await expect(deadline).toHaveText(/^Feb 1, 2031, 8:30\sAM EST$/);

  await page.getByRole('button', { name: 'Edit label or deadline…' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit task' });
  const box = edit.getByLabel(/^Deadline \(local time: EST, America\/New_York\)/);
  await expect(box).toHaveValue('2031-02-01T08:30');
  await box.fill('2031-07-04T09:15');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(deadline).toHaveText(/^Jul 4, 2031, 9:15\sAM EDT$/);
  await page.getByRole('button', { name: 'Edit label or deadline…' }).click();
  await expect(edit.getByLabel(/^Deadline \(local time: EDT, America\/New_York\)/)).toHaveValue('2031-07-04T09:15');
  await edit.getByRole('button', { name: 'Cancel' }).click();
  await page.screenshot({ path: 'test-results/activity-time-zone-task.png', fullPage: true });

  // Cancel it, then resubmit: the task recorded what it copies.
  await page.getByRole('button', { name: 'Cancel task…' }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel this task?' });
  await cancel.getByRole('button', { name: 'Cancel task' }).click();
  await cancel.getByRole('button', { name: 'Close' }).click();
  // The toast about this task offers no way to the page already shown.
  const toasts = page.getByRole('region', { name: 'Task notifications' });
  const cancelled = toasts.getByRole('listitem').filter({ hasText: 'Task cancelled' });
  await expect(cancelled).toBeVisible();
  await expect(cancelled.getByRole('link', { name: 'View task' })).toHaveCount(0);
  await expect(page.getByText(/^Resubmitting copies \/share\/sizes\/1MiB\.bin to .*1MiB\.bin again/)).toBeVisible();
  const oldUrl = page.url();
  await page.getByRole('button', { name: 'Resubmit with the same options' }).click();
  await expect(page).not.toHaveURL(oldUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('nyc deadline');
  await expect(page.getByRole('region', { name: 'Overview' })).toContainText('/share/sizes/1MiB.bin');
  await expect(cancelled.getByRole('link', { name: 'View task' })).toBeVisible();

  // In the file manager the toast leaves the panes' status lines, the function keys and the tray uncovered.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Files' }).click();
  await expect(gridAt(page, '/share/sizes/')).toBeVisible();
  const toast = await cancelled.boundingBox();
  const bottomBars = page
    .getByRole('status')
    .or(page.getByRole('toolbar', { name: 'Commands' }))
    .or(page.getByRole('region', { name: 'Tasks started here' }));
  for (const bar of await bottomBars.all()) {
    const box = await bar.boundingBox();
    if (!toast || !box || box.height === 0) continue;
    const overlaps =
      toast.x < box.x + box.width &&
      box.x < toast.x + toast.width &&
      toast.y < box.y + box.height &&
      box.y < toast.y + toast.height;
    expect(overlaps, `toast covers ${await bar.evaluate((e) => e.outerHTML.slice(0, 80))}`).toBe(false);
  }
  await page.screenshot({ path: 'test-results/activity-toast-file-manager.png' });
});
