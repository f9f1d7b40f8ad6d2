// The endpoint administrator's console against the emulator: pausing, resuming and cancelling a user's
// task with a message the owner sees and a pause rule holding new tasks until it is deleted (one story, so
// two people log in once), the console hidden from people without a role, and a legacy endpoint activated
// on the way to its listing.
import type { Browser, Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { test, expect, POLLS, type E2EEnv } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { filesLink, gridAt } from './file-manager-helpers';
import { openLoggedIn } from './login-helpers';
import { afterPolls, SOON, startTransfer } from './activity-helpers';

const t1 = COLLECTIONS.tutorial1;
const t2 = COLLECTIONS.tutorial2;
const SIZES = '/share/sizes/';

/** Alice with the two tutorial collections open, and the administrator on the console, in their own browsers. */
async function aliceAndAdmin(browser: Browser, page: Page, env: E2EEnv) {
  // Both pages' timers run on Playwright's clock, so their polls come when the test moves it.
  await page.clock.install();
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, { originId: t1.id, originPath: SIZES, destId: t2.id, destPath: PATHS.share }),
  );
  const admin = await (await browser.newContext()).newPage();
  await admin.clock.install();
  await openLoggedIn(admin, env, `${env.appUrl}#/console`, 'admin@example.org');
  await expect(admin.getByRole('heading', { level: 1, name: 'Administrator console' })).toBeVisible();
  return admin;
}

const adminRow = (admin: Page, label: string) => admin.getByRole('row').filter({ hasText: label });

async function adminAct(admin: Page, label: string, action: 'Pause' | 'Resume' | 'Cancel', message?: string) {
  await adminRow(admin, label).getByRole('checkbox').check();
  await admin
    .getByRole('toolbar', { name: 'Actions on selected tasks' })
    .getByRole('button', { name: `${action}…` })
    .click();
  const dialog = admin.getByRole('dialog');
  if (message !== undefined) await dialog.getByRole('textbox', { name: 'Message to the task owners' }).fill(message);
  await dialog.getByRole('button', { name: action === 'Cancel' ? 'Cancel tasks' : action }).click();
  await expect(dialog).toBeHidden();
}

test('an administrator pauses a user’s task with a message the owner sees, resumes it, cancels another with its progress shown, and holds new tasks with a pause rule until it is deleted', async ({
  page,
  browser,
  env,
}) => {
  // Two people's pages in one story: more than the default time on a busy machine.
  test.setTimeout(360_000);
  // Tasks move only when the test moves the emulator's clock.
  await env.control('engine', { bandwidthBytesPerSecond: 16 * 1024, clock: 'manual' });
  const admin = await aliceAndAdmin(browser, page, env);
  await startTransfer(page, SIZES, /1MiB\.bin/, 'nightly run');
  await startTransfer(page, SIZES, /5GiB\.iso/, 'wrong data');

  await admin.getByRole('button', { name: 'Refresh' }).click();
  await expect(adminRow(admin, 'nightly run')).toContainText('alice@example.org');
  expect(await seriousAxeViolations(admin)).toEqual([]);
  await adminAct(admin, 'nightly run', 'Pause', 'Disk maintenance until noon');
  await afterPolls(admin, env.emulatorUrl, () => expect(adminRow(admin, 'nightly run')).toContainText('Paused', SOON));

  // The owner's own task page shows the pause and the administrator's words.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  await page.getByRole('link', { name: 'nightly run' }).click();
  const pause = page.getByRole('region', { name: 'Pause information' });
  await afterPolls(page, env.emulatorUrl, () => expect(pause).toContainText('Disk maintenance until noon', SOON));

  // The administrator's task page, then resume from the list.
  await admin.getByRole('link', { name: 'nightly run' }).click();
  await expect(admin.getByRole('region', { name: 'Pause information' })).toContainText('Disk maintenance until noon');
  expect(await seriousAxeViolations(admin)).toEqual([]);
  await admin.getByRole('button', { name: 'Resume…' }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Resume' }).click();
  await afterPolls(admin, env.emulatorUrl, () =>
    expect(admin.getByRole('region', { name: 'Pause information' })).toBeHidden(SOON),
  );
  await admin.getByRole('link', { name: '← Administrator console' }).click();

  // Cancel the other task: in progress until Globus has processed it, then done.
  await adminAct(admin, 'wrong data', 'Cancel', 'This copies the wrong folder');
  const cancel = admin.getByRole('region', { name: /^Administrator cancel/ });
  await expect(cancel).toContainText('Administrator cancel in progress');
  await env.control('clock/advance', { seconds: 3600 });
  await afterPolls(admin, env.emulatorUrl, () => expect(cancel).toContainText('Administrator cancel done', SOON));
  await expect(cancel).toContainText('1 cancelled');
  await afterPolls(admin, env.emulatorUrl, () =>
    expect(adminRow(admin, 'wrong data')).toContainText('Cancelled by an administrator', SOON),
  );

  // The resumed task ran to the end in that hour.
  await afterPolls(page, env.emulatorUrl, () => expect(page.getByText('Succeeded').first()).toBeVisible(SOON));

  // A pause rule on the destination: a rule that pauses nothing is refused with the form kept.
  await admin.getByRole('link', { name: t2.name }).click();
  await admin.getByRole('button', { name: 'New pause rule…' }).click();
  const dialog = admin.getByRole('dialog', { name: `New pause rule on ${t2.name}` });
  await dialog.getByRole('textbox', { name: /^Message/ }).fill('Storage swap on tutorial 2');
  await dialog.getByRole('checkbox', { name: 'Transfers reading from it (source)' }).uncheck();
  await dialog.getByRole('checkbox', { name: 'Transfers writing to it (destination)' }).uncheck();
  await dialog.getByRole('button', { name: 'Create rule' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose at least one operation');
  await expect(dialog.getByRole('textbox', { name: /^Message/ })).toHaveValue('Storage swap on tutorial 2');
  await dialog.getByRole('checkbox', { name: 'Transfers writing to it (destination)' }).check();
  await dialog.getByRole('button', { name: 'Create rule' }).click();
  await expect(dialog).toBeHidden();
  const rules = admin.getByRole('list', { name: 'Pause rules' });
  await expect(rules).toContainText('Storage swap on tutorial 2');
  await expect(rules).toContainText('Applies to: Everyone');
  expect(await seriousAxeViolations(admin)).toEqual([]);

  await page.goto(filesLink(env.appUrl, { originId: t1.id, originPath: SIZES, destId: t2.id, destPath: PATHS.share }));
  await startTransfer(page, SIZES, /1KiB\.bin/, 'held by rule');
  await env.control('clock/advance', { seconds: 5 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click();
  await page.getByRole('link', { name: 'held by rule' }).click();
  await afterPolls(page, env.emulatorUrl, () =>
    expect(page.getByRole('region', { name: 'Pause information' })).toContainText('Storage swap on tutorial 2', SOON),
  );

  await rules.getByRole('button', { name: /^Delete pause rule/ }).click();
  await admin.getByRole('dialog').getByRole('button', { name: 'Delete rule' }).click();
  await expect(admin.getByText('No pause rules')).toBeVisible();
  await env.control('clock/advance', { seconds: 3600 });
  await afterPolls(page, env.emulatorUrl, async () => {
    await expect(page.getByRole('region', { name: 'Pause information' })).toBeHidden(SOON);
    await expect(page.getByText('Succeeded').first()).toBeVisible(SOON);
  });
  await admin.context().close();
});

test('someone without any role sees no console link, and the console itself says why it is empty', async ({
  page,
  env,
}) => {
  await openLoggedIn(page, env, `${env.appUrl}#/activity`, 'carol@example.org');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Activity' })).toBeVisible();
  await page.goto(`${env.appUrl}#/console`);
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to administer' })).toContainText(
    'You hold none of these roles on any endpoint',
  );
  await expect(nav.getByRole('link', { name: 'Console' })).toHaveCount(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('a legacy endpoint: the first listing goes through the web app’s activation and lands on the same folder; a lapsed one is autoactivated', async ({
  page,
  env,
}) => {
  const legacy = COLLECTIONS.legacyV4;
  await openLoggedIn(page, env, filesLink(env.appUrl, { originId: legacy.id, originPath: '/data/archive/' }));
  const activate = page.getByRole('link', { name: 'Activate on Globus (opens a new tab)' });
  await expect(activate).toBeVisible();
  const [web] = await Promise.all([page.context().waitForEvent('page'), activate.click()]);
  await web.getByRole('button', { name: `Activate ${legacy.name}` }).click();
  await expect(web.getByText('is ready')).toBeVisible();
  await web.close();
  // Back on the app's tab: coming back checks again (the button does the same for those who click).
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(gridAt(page, '/data/archive/').getByRole('row', { name: /2019\.tar/ })).toBeVisible(POLLS);

  // Half a day later the activation has lapsed; Globus still holds the credential, so it renews by itself.
  await env.control('clock/advance', { seconds: 13 * 3600 });
  await page.reload();
  await expect(gridAt(page, '/data/archive/').getByRole('row', { name: /2019\.tar/ })).toBeVisible(POLLS);
  await expect(activate).toHaveCount(0);
});
