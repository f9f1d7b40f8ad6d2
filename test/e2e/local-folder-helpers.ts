// Shared by the browser tests of panes showing a folder on this computer (the listing, and the copies
// between this computer and a collection).
import type { Locator, Page } from '@playwright/test';
import type { E2EEnv } from './fixtures';
import { openLoggedIn } from './login-helpers';

export const FOLDER = 'Lab data';

/**
 * The origin-private file system has the same handle API as a folder the user picks, without the
 * browser's own dialog: in this test only, the picker answers with a folder there.
 */
export async function stubFolderPicker(page: Page) {
  await page.addInitScript((name) => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: () => navigator.storage.getDirectory().then((root) => root.getDirectoryHandle(name, { create: true })),
    });
  }, FOLDER);
}

/** Files with awkward names (spaces, unicode, '#', '%') in the folder the stubbed picker gives. */
export async function makeTree(page: Page) {
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
export function watchTransferCalls(page: Page, emulatorUrl: string) {
  const local: string[] = [];
  page.on('request', (r) => {
    const url = decodeURIComponent(r.url());
    if (r.url().startsWith(`${emulatorUrl}/v0.10/`) && url.includes('local:')) local.push(url);
  });
  return local;
}

/** The names a grid shows, in display order (rows are virtualised and placed by index). */
export const shownNames = (grid: Locator) =>
  grid
    .locator('[role=row][data-index]')
    .evaluateAll((rows) =>
      rows
        .sort((a, b) => Number((a as HTMLElement).dataset.index) - Number((b as HTMLElement).dataset.index))
        .map((r) => r.querySelector('[title]')?.getAttribute('title')),
    );

/**
 * Logged in, a collection's folder in the right pane and the picked folder (with its awkward tree) in
 * the left one, chosen through "This computer…" as a user would.
 */
export async function openLocalBesideCollection(
  page: Page,
  env: E2EEnv,
  collection: { id: string; name: string },
  collectionPath = '/',
): Promise<{ localPane: Locator; collectionPane: Locator }> {
  await stubFolderPicker(page);
  const q = new URLSearchParams({ destination_id: collection.id, destination_path: collectionPath, two_pane: 'true' });
  await openLoggedIn(page, env, `${env.appUrl}#/files?${q}`);
  await makeTree(page);
  const picker = page.getByRole('region', { name: 'Choose a collection' });
  await picker.getByRole('button', { name: 'This computer…' }).click();
  await picker.getByRole('button', { name: 'Choose a folder…' }).click();
  return {
    localPane: page.getByRole('region', { name: `This computer: ${FOLDER} pane` }),
    collectionPane: page.getByRole('region', { name: `${collection.name} pane` }),
  };
}
