import { seriousAxeViolations } from './axe';
import { test, expect } from './fixtures';
import { COLLECTIONS } from '../emulator/seed/ids';
import { escapeRe, hashParams } from './file-manager-helpers';
import { FOLDER, openLocalBesideCollection, shownNames, watchTransferCalls } from './local-folder-helpers';

const t1 = COLLECTIONS.tutorial1;

test('a folder on this computer as a pane: pick, browse, sort, mark, new folder, reload and allow again, rename, delete, copy request', async ({
  page,
  env,
}) => {
  const localCalls = watchTransferCalls(page, env.emulatorUrl);
  // A collection on the right; the left pane shows the folder chosen through "This computer…".
  const { localPane: pane, collectionPane } = await openLocalBesideCollection(page, env, t1);
  await expect(pane.getByRole('heading', { name: `This computer: ${FOLDER}` })).toBeVisible();
  const localTop = pane.getByRole('grid');
  await expect(localTop.getByRole('row', { name: /notes with spaces\.txt/ })).toBeVisible();
  await expect(localTop.getByRole('row', { name: /run 1 #ü%/ })).toBeVisible();
  expect(hashParams(page).get('origin_id')).toMatch(/^local:/);
  await page.screenshot({ path: 'test-results/local-pane.png' });
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Into the sub-folder and back with the keyboard (the folder sorts first, so it has the cursor).
  await localTop.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  const sub = pane.getByRole('grid', { name: new RegExp(`at ${escapeRe('/run 1 #ü%/')}$`) });
  await expect(sub.getByRole('row', { name: /ünïcode data #1\.csv/ })).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(localTop.getByRole('row', { name: /big%file\.bin/ })).toBeVisible();
  await expect(localTop).toBeFocused();

  // Sort by size: folders first, then files smallest to largest.
  await localTop.getByRole('button', { name: /Size/ }).click();
  await expect
    .poll(() => shownNames(localTop))
    .toEqual(['run 1 #ü%', 'notes with spaces.txt', 'middle#.dat', 'big%file.bin']);

  // Mark two files.
  await localTop.getByRole('row', { name: /notes with spaces\.txt/ }).click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Insert');
  await page.keyboard.press('Insert');
  await expect(localTop.getByRole('row', { selected: true })).toHaveCount(2);

  // F7: a new folder on the computer, listed at once.
  await page.keyboard.press('F7');
  const dialog = page.getByRole('dialog', { name: 'New folder' });
  await dialog.getByLabel('Folder name').fill('new #1 ü');
  await dialog.getByRole('button', { name: 'Create folder' }).click();
  await expect(localTop.getByRole('row', { name: /new #1 ü/ })).toBeVisible();

  // After a reload a picked folder needs the user's permission again, given only on a click. The
  // origin-private file system never asks, so the page's handles play a picked folder's part: they answer
  // "prompt" until asked from a user's click.
  await page.addInitScript(() => {
    let granted = false;
    const proto = FileSystemHandle.prototype as unknown as Record<string, unknown>;
    proto.queryPermission = () => Promise.resolve(granted ? 'granted' : 'prompt');
    proto.requestPermission = () => {
      granted ||= navigator.userActivation.isActive;
      return Promise.resolve(granted ? 'granted' : 'denied');
    };
  });
  await page.reload();
  const allow = pane.getByRole('button', { name: `Allow access to ${FOLDER}` });
  await expect(allow).toBeVisible();
  await expect(localTop.getByRole('row', { name: /new #1 ü/ })).toHaveCount(0);
  await allow.click();
  // The same folder is listed again, with what was made before the reload.
  await expect(localTop.getByRole('row', { name: /new #1 ü/ })).toBeVisible();
  await expect(collectionPane.getByRole('grid')).toBeVisible();

  // F2 renames a file (Chromium moves files, not yet folders); F8 deletes a folder with its contents, after asking.
  await localTop.getByRole('row', { name: /middle#\.dat/ }).click();
  await page.keyboard.press('F2');
  const rename = page.getByRole('dialog', { name: /Rename/ });
  await rename.getByLabel('New name').fill('renamed #ü.dat');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(localTop.getByRole('row', { name: /renamed #ü\.dat/ })).toBeVisible();
  await localTop.getByRole('row', { name: /run 1 #ü%/ }).click();
  await page.keyboard.press('F8');
  const remove = page.getByRole('dialog', { name: 'Delete “run 1 #ü%”?' });
  await expect(remove).toContainText('with everything in them');
  await remove.getByRole('button', { name: 'Delete' }).click();
  await expect(localTop.getByRole('row', { name: /run 1 #ü%/ })).toHaveCount(0);

  // F5 toward the collection: a copy request, not a Transfer task.
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && r.url().startsWith(`${env.emulatorUrl}/v0.10/transfer`)) requests.push(r.url());
  });
  await localTop.getByRole('row', { name: /notes with spaces\.txt/ }).click();
  await page.keyboard.press('F5');
  await expect(page.getByRole('dialog', { name: /Transfer/ })).toHaveCount(0);
  const state = (await env.control('state')) as { tasks: unknown[] };
  expect(state.tasks).toEqual([]);
  expect(requests).toEqual([]);
  expect(localCalls).toEqual([]);
});
