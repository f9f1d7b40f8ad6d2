// The task list against the emulator: paging 1,000 tasks, no polling while the tab is hidden,
// recovery from 429s, and links to tasks that do not exist or belong to someone else.
import { test, expect, POLLS } from './fixtures';
import { countTaskListRequests, letTimePass, openActivity, seedTasks, setTabHidden, taskRow } from './activity-helpers';

test('pages through 1,000 tasks and keeps the place in the URL', async ({ page, env }) => {
  await seedTasks(env.control, { count: 1000, status: 'SUCCEEDED', label: 'run' });
  await openActivity(page, env, 'activity');
  const pages = page.getByRole('navigation', { name: 'Task list pages' });
  await expect(pages).toContainText('1–100 of 1,000');
  await expect(taskRow(page, /^run 1000Transfer/)).toBeVisible();
  const next = pages.getByRole('button', { name: 'Next page' });
  for (let shown = 200; shown <= 1000; shown += 100) {
    await next.click();
    await expect(pages).toContainText(
      `${(shown - 99).toLocaleString('en-US')}–${shown.toLocaleString('en-US')} of 1,000`,
    );
  }
  await expect(next).toBeDisabled();
  await expect(taskRow(page, /^run 100Transfer/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Tasks' })).toHaveAttribute('aria-rowcount', '101');
  // A reload (or a shared link) lands on the same page.
  expect(page.url()).toContain('offset=900');
  await page.reload();
  await expect(pages).toContainText('901–1,000 of 1,000');
  await pages.getByRole('button', { name: 'Previous page' }).click();
  await expect(pages).toContainText('801–900 of 1,000');
  await expect(taskRow(page, /^run 200Transfer/)).toBeVisible();

  // All 1,000 at once: one windowed table.
  await page.getByRole('combobox', { name: 'Per page' }).selectOption('1000');
  await expect(pages).toContainText('1–1,000 of 1,000');
  await expect(page.getByRole('table', { name: 'Tasks' })).toHaveAttribute('aria-rowcount', '1001');
  expect(await page.getByRole('table', { name: 'Tasks' }).getByRole('row').count()).toBeLessThan(80);
});

test('makes no task_list requests while the tab is hidden and resumes when it is shown', async ({ page, env }) => {
  await seedTasks(env.control, { count: 3, status: 'ACTIVE', label: 'busy' });
  // The page's timers run on Playwright's clock: a minute in a hidden tab passes at once.
  await page.clock.install();
  await openActivity(page, env, 'activity');
  await expect(taskRow(page, 'busy 3')).toBeVisible();
  const count = countTaskListRequests(page, env.emulatorUrl);
  // Visible with running tasks: the fast tick (5 s) keeps asking. Hiding right after an answer means no
  // request is in flight, so any later one comes from a timer that fired while hidden.
  expect(await letTimePass(page, env.emulatorUrl, 6_000)).toBeGreaterThanOrEqual(1);
  expect(count()).toBeGreaterThanOrEqual(1);
  await setTabHidden(page, true);
  const atHide = count();
  // Twelve fast ticks and a slow one: any timer still running fires.
  await letTimePass(page, env.emulatorUrl, 60_000);
  expect(count()).toBe(atHide);
  await setTabHidden(page, false);
  await expect.poll(count).toBeGreaterThan(atHide);
});

test('a 429 while polling shows a clear note, keeps the rows, and clears by itself', async ({ page, env }) => {
  await seedTasks(env.control, { count: 2, status: 'ACTIVE', label: 'steady' });
  await openActivity(page, env, 'activity');
  await expect(taskRow(page, 'steady 2')).toBeVisible();
  // More 429s than the HTTP layer retries by itself (5), so one poll fails visibly.
  await env.control('faults', {
    method: 'GET',
    path: '/v0.10/task_list',
    status: 429,
    code: 'RateLimited',
    retryAfter: 1,
    times: 6,
  });
  const note = page.getByRole('status').filter({ hasText: 'Globus asked us to slow down' });
  await expect(note).toBeVisible(POLLS);
  await expect(taskRow(page, 'steady 2')).toBeVisible();
  await expect(note).toBeHidden(POLLS);
  await expect(taskRow(page, 'steady 2')).toBeVisible();
});

test('a link to an unknown task or another identity’s task says so plainly', async ({ page, env }) => {
  const [bobs] = (
    (await env.control('tasks/seed', { identity: 'bob@example.org', count: 1, status: 'SUCCEEDED' })) as {
      task_ids: string[];
    }
  ).task_ids;
  await openActivity(page, env, 'activity/00000000-0000-4000-8000-00000000dead');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Task not found');
  await expect(alert).toContainText('00000000-0000-4000-8000-00000000dead');
  await page.getByRole('link', { name: '← All tasks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  await page.goto(`${env.appUrl}#/activity/${bobs}`);
  await expect(page.getByRole('alert')).toContainText('This task belongs to another identity');
});
