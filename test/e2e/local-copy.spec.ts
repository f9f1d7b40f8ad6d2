import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { openLoggedIn } from './file-manager-helpers';
import { AWKWARD_TREE, collectionTree, createOpfsTree, expectedListing, readOpfsTree } from './local-files-helpers';
import { FOLDER, stubFolderPicker } from './local-folder-helpers';

const t1 = COLLECTIONS.tutorial1;
// A folder everyone may write in on the tutorial collection (absolute: no home-folder expansion involved); folders
// made through the control API belong to root, so the seed's is used.
const TARGET = PATHS.empty;
const COPY_TIMEOUT = { timeout: 60_000 };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const rowNamed = (grid: Locator, name: string) =>
  grid.getByRole('row', { name: new RegExp(`(^|\\s)${escapeRe(name)}(\\s|$)`) }).first();

/** Logged in; `spec` in the picked folder (left pane, through "This computer…"), the collection's TARGET on the right. */
async function openCopyPanes(
  page: Page,
  env: { appUrl: string; control: (p: string, b?: unknown) => Promise<unknown> },
  spec: Parameters<typeof createOpfsTree>[2],
) {
  await stubFolderPicker(page);
  const q = new URLSearchParams({ destination_id: t1.id, destination_path: TARGET, two_pane: 'true' });
  await openLoggedIn(page, `${env.appUrl}#/files?${q}`);
  await createOpfsTree(page, FOLDER, spec);
  const picker = page.getByRole('region', { name: 'Choose a collection' });
  await picker.getByRole('button', { name: 'This computer…' }).click();
  await picker.getByRole('button', { name: 'Choose a folder…' }).click();
  const local = page.getByRole('region', { name: `This computer: ${FOLDER} pane` }).getByRole('grid');
  const remote = page.getByRole('region', { name: `${t1.name} pane` }).getByRole('grid');
  await expect(local).toBeVisible();
  return { local, remote };
}

const panel = (page: Page) => page.getByRole('region', { name: 'Copies with this computer' });
const job = (page: Page, direction: 'up' | 'down') =>
  panel(page).getByRole('listitem', {
    name: direction === 'up' ? `Upload from “${FOLDER}” to “${t1.name}”` : `Download from “${t1.name}” to “${FOLDER}”`,
    exact: true,
  });

/** Marks `entry` in `source`, F5, and confirms the dialog as it stands; returns the dialog's text before confirming. */
async function startCopy(page: Page, source: Locator, entry: string, direction: 'up' | 'down', options: string[] = []) {
  await rowNamed(source, entry).click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', {
    name: direction === 'up' ? 'Upload to collection' : 'Download to this computer',
  });
  const start = dialog.getByRole('button', { name: 'Start copying' });
  await expect(start).toBeEnabled(COPY_TIMEOUT);
  for (const option of options) await dialog.getByRole('radio', { name: option }).check();
  const text = (await dialog.textContent()) ?? '';
  await start.click();
  await expect(dialog).toHaveCount(0);
  return text;
}

/** The first HTTPS use of a session: the job waits for the login; the round trip grants the consent and it goes on. */
async function consentWhenAsked(page: Page, card: Locator) {
  const login = card.getByRole('button', { name: 'Log in to continue' });
  await expect(login.or(card.getByText('Finished'))).toBeVisible(COPY_TIMEOUT);
  if (await login.isVisible()) {
    await expect(card).toContainText('Waiting for you to log in');
    await login.click();
    await page.getByRole('button', { name: 'Allow' }).click();
  }
}

test('an awkward tree goes up to a collection and comes back down byte for byte', async ({ page, env }) => {
  const { local, remote } = await openCopyPanes(page, env, { awkward: AWKWARD_TREE, back: {} });
  const expected = expectedListing(AWKWARD_TREE);

  await startCopy(page, local, 'awkward', 'up');
  const up = job(page, 'up');
  await consentWhenAsked(page, up);
  await expect(up).toContainText('Finished', COPY_TIMEOUT);
  expect(await collectionTree(env.control, t1.id, `${TARGET}awkward/`)).toEqual(expected);
  await expect(rowNamed(remote, 'awkward')).toBeVisible();

  // Down into another local folder: the local pane goes into "back", the collection pane is the source.
  await rowNamed(local, 'back').dblclick();
  const back = page
    .getByRole('region', { name: `This computer: ${FOLDER} pane` })
    .getByRole('grid', { name: /back\/$/ });
  await expect(back).toBeVisible();
  await startCopy(page, remote, 'awkward', 'down');
  const down = job(page, 'down');
  await expect(down).toContainText('Finished', COPY_TIMEOUT);
  expect(await readOpfsTree(page, `${FOLDER}/back/awkward`)).toEqual(expected);
});
