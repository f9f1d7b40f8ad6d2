import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { COLLECTIONS } from '../emulator/seed/ids';
import { escapeRe, hashParams, openLoggedIn } from './file-manager-helpers';

const t1 = COLLECTIONS.tutorial1;
const FOLDER = 'Lab data';

/**
 * The origin-private file system has the same handle API as a folder the user picks, without the
 * browser's own dialog: in this test only, the picker answers with a folder there.
 */
async function stubFolderPicker(page: Page) {
  await page.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: () => navigator.storage.getDirectory().then((root) => root.getDirectoryHandle(name, { create: true })),
    });
  }, FOLDER);
}

/** Files with awkward names (spaces, unicode, '#', '%') in the folder the stubbed picker gives. */
async function makeTree(page: Page) {
  await page.evaluate(async (name) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle(name, { create: true });
    const write = async (folder: FileSystemDirectoryHandle, file: string, bytes: number) => {
      const writable = await (await folder.getFileHandle(file, { create: true })).createWritable();
      await writable.write(new Uint8Array(bytes));
      await writable.close();
    };
    const sub = await root.getDirectoryHandle('run 1 #ü%', { create: true });
    await write(sub, 'ünïcode data #1.csv', 42);
    await write(root, 'notes with spaces.txt', 5);
    await write(root, 'big%file.bin', 30_000);
    await write(root, 'middle#.dat', 700);
  }, FOLDER);
}

/** Transfer requests that name a folder on this computer (there must never be one). */
function watchTransferCalls(page: Page, emulatorUrl: string) {
  const local: string[] = [];
  page.on('request', (r) => {
    const url = decodeURIComponent(r.url());
    if (r.url().startsWith(`${emulatorUrl}/v0.10/`) && url.includes('local:')) local.push(url);
  });
  return local;
}

/** The names a grid shows, in display order (rows are virtualised and placed by index). */
const shownNames = (grid: Locator) =>
  grid
    .locator('[role=row][data-index]')
    .evaluateAll((rows) =>
      rows
        .sort((a, b) => Number((a as HTMLElement).dataset.index) - Number((b as HTMLElement).dataset.index))
        .map((r) => r.querySelector('[title]')?.getAttribute('title')),
    );

test('a folder on this computer as a pane: pick, browse, sort, mark, new folder, reload, copy request', async ({
  page,
  env,
}) => {
  await stubFolderPicker(page);
  const localCalls = watchTransferCalls(page, env.emulatorUrl);
  // A collection on the right; the left pane waits to be chosen.
  await openLoggedIn(page, `${env.appUrl}#/files?destination_id=${t1.id}&destination_path=%2F&two_pane=true`);
  await makeTree(page);

  const picker = page.getByRole('region', { name: 'Choose a collection' });
  await picker.getByRole('button', { name: 'This computer…' }).click();
  await picker.getByRole('button', { name: 'Choose a folder…' }).click();

  const pane = page.getByRole('region', { name: `This computer: ${FOLDER} pane` });
  await expect(pane.getByRole('heading', { name: `This computer: ${FOLDER}` })).toBeVisible();
  const collectionPane = page.getByRole('region', { name: `${t1.name} pane` });
  const localTop = pane.getByRole('grid');
  await expect(localTop.getByRole('row', { name: /notes with spaces\.txt/ })).toBeVisible();
  await expect(localTop.getByRole('row', { name: /run 1 #ü%/ })).toBeVisible();
  expect(hashParams(page).get('origin_id')).toMatch(/^local:/);
  await page.screenshot({ path: 'test-results/local-pane.png' });

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

  // After a reload the same folder is listed again (the origin-private file system asks no permission).
  await page.reload();
  await expect(localTop.getByRole('row', { name: /new #1 ü/ })).toBeVisible();
  await expect(collectionPane.getByRole('grid')).toBeVisible();

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
