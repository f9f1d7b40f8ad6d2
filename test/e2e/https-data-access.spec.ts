import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { test, expect, loginOnEmulator } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { seededBytes } from '../emulator/vfs/content';

// Collection HTTPS from the pane (the actions under the path bar) against the emulator's HTTPS server. A seeded file's bytes
// are its storage path (tutorial1 lives at /tutorial/ep1/ on the POSIX storage) repeated to its size.

const t1 = COLLECTIONS.tutorial1;
const FILE = 'data #2.csv';
const FILE_PATH = `${PATHS.special}${FILE}`;
const expected = () => Buffer.from(seededBytes(`/tutorial/ep1${FILE_PATH}`, 2048));
const link = (appUrl: string, id: string, path: string) =>
  `${appUrl}#/files?${new URLSearchParams({ origin_id: id, origin_path: path })}`;

async function openSpecialFolder(page: Page, appUrl: string) {
  await page.goto(link(appUrl, t1.id, PATHS.special));
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await loginOnEmulator(page, 'alice@example.org');
  await expect(page.getByRole('row', { name: new RegExp(FILE) })).toBeVisible();
}

const FIRST_UPLOAD = 'first ü #0.txt';
const FIRST_BYTES = Buffer.from('chosen before the permission step\n');

/**
 * The first HTTPS action asks for the collection's `https` consent; grant it on the emulator's page.
 * A download asked for before the round trip starts again by itself afterwards.
 */
async function grantHttpsConsent(page: Page, via: 'download' | 'upload' = 'download') {
  if (via === 'download') {
    await page.getByRole('row', { name: new RegExp(FILE) }).click();
    await page.getByRole('button', { name: 'Download', exact: true }).click();
  } else {
    await page
      .getByLabel('Files to upload')
      .setInputFiles({ name: FIRST_UPLOAD, mimeType: 'text/plain', buffer: FIRST_BYTES });
  }
  const prompt = page.getByRole('alert', { name: 'Permission needed for file access' });
  await expect(prompt).toContainText(t1.name);
  await expect(prompt).toContainText(
    via === 'download' ? `the download of “${FILE}” starts again` : `the upload of “${FIRST_UPLOAD}” starts again`,
  );
  expect(await seriousAxeViolations(page)).toEqual([]);
  await prompt.getByRole('button', { name: 'Continue to Globus' }).click();
  await page.getByRole('button', { name: 'Allow' }).click();
  // Back in the same folder.
  await expect(page.getByRole('row', { name: new RegExp(FILE) })).toBeVisible();
}

test('download writes into the file the save dialog chose, byte for byte, after the consent step-up', async ({
  page,
  env,
}) => {
  // Stands in for the browser's save dialog: a file of the origin-private file system, which has the same
  // handle API as a file the user chose.
  await page.addInitScript(() => {
    const w = window as unknown as { __suggested: string; showSaveFilePicker: unknown };
    w.showSaveFilePicker = async (opts: { suggestedName: string }) => {
      w.__suggested = opts.suggestedName;
      const root = await navigator.storage.getDirectory();
      return root.getFileHandle('saved download', { create: true });
    };
  });
  await openSpecialFolder(page, env.appUrl);
  await grantHttpsConsent(page);

  // The download resumed by itself, with the file still selected.
  await expect(page.getByText(`Downloaded “${FILE}”.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(FILE) })).toHaveAttribute('aria-selected', 'true');
  const saved = await page.evaluate(async () => {
    const w = window as unknown as { __suggested: string };
    const file = await (await navigator.storage.getDirectory()).getFileHandle('saved download');
    return { name: w.__suggested, bytes: [...new Uint8Array(await (await file.getFile()).arrayBuffer())] };
  });
  expect(saved.name).toBe(FILE);
  expect(Buffer.from(saved.bytes)).toEqual(expected());
});

test('without the File System Access API a small file downloads from a Blob; a blocked fetch falls back to navigation', async ({
  page,
  env,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await openSpecialFolder(page, env.appUrl);
  // The download asked for before the consent round trip arrives after it without another click.
  let download = page.waitForEvent('download');
  await grantHttpsConsent(page);
  expect((await download).suggestedFilename()).toBe(FILE);
  expect(await readFile(await (await download).path())).toEqual(expected());

  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  expect((await download).suggestedFilename()).toBe(FILE);
  expect(await readFile(await (await download).path())).toEqual(expected());

  // A server that does not allow this origin: fetch fails, a plain navigation (single sign-on) works.
  await page.route(`${env.emulatorUrl}/__https/**`, (route) =>
    route.request().isNavigationRequest() ? route.continue() : route.abort('accessdenied'),
  );
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  expect((await download).suggestedFilename()).toBe(FILE);
  expect(await readFile(await (await download).path())).toEqual(expected());
  await expect(page.getByText(`Your browser is downloading “${FILE}”.`)).toBeVisible();
});

test('upload: a file chosen before the consent step goes up after it; uploads refresh the listing, replacing asks first, the bytes come back; a file dropped from the computer uploads too', async ({
  page,
  env,
}) => {
  await page.addInitScript(() => Object.defineProperty(window, 'showSaveFilePicker', { value: undefined }));
  await openSpecialFolder(page, env.appUrl);
  await grantHttpsConsent(page, 'upload');
  // The file chosen before the round trip went up after it, without choosing it again.
  await expect(page.getByText(`Uploaded “${FIRST_UPLOAD}”.`)).toBeVisible();
  await page.getByRole('row', { name: new RegExp(FIRST_UPLOAD.replace(/[.#]/g, '\\$&')) }).click();
  const firstDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  expect(await readFile(await (await firstDownload).path())).toEqual(FIRST_BYTES);

  const name = 'notes ü #3.txt';
  const bytes = Buffer.from('uploaded through the collection HTTPS server\n'.repeat(200));
  await page.getByLabel('Files to upload').setInputFiles({ name, mimeType: 'text/plain', buffer: bytes });
  await expect(page.getByText(`Uploaded “${name}”.`)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toBeVisible();

  // The same name again: ask before replacing.
  const again = Buffer.from('second version\n');
  await page.getByLabel('Files to upload').setInputFiles({ name, mimeType: 'text/plain', buffer: again });
  await page
    .getByRole('alertdialog', { name: `Replace “${name}”?` })
    .getByRole('button', { name: 'Replace' })
    .click();
  await expect(page.getByText(`Uploaded “${name}”.`)).toBeVisible();

  await row.click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download', exact: true }).click();
  expect(await readFile(await (await download).path())).toEqual(again);

  // A file dragged in from the computer and dropped on the listing goes up the same way.
  const grid = page.getByRole('grid', { name: new RegExp(`${t1.name} at`) });
  const dropped = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['dropped from the desktop\n'], 'dropped ü #4.txt', { type: 'text/plain' }));
    return dt;
  });
  await grid.dispatchEvent('dragenter', { dataTransfer: dropped });
  await grid.dispatchEvent('dragover', { dataTransfer: dropped });
  await grid.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(page.getByText('Uploaded “dropped ü #4.txt”.')).toBeVisible();
  await expect(page.getByRole('row', { name: /dropped ü #4\.txt/ })).toBeVisible();
});

test('copy link puts the encoded direct URL on the clipboard; no HTTPS actions where the collection has no HTTPS server', async ({
  page,
  env,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSpecialFolder(page, env.appUrl);
  await page.getByRole('row', { name: new RegExp(FILE) }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const segments = FILE_PATH.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  expect(copied).toBe(`${env.emulatorUrl}/__https/${t1.id}/${segments}`);

  await page.goto(link(env.appUrl, COLLECTIONS.gcpAlice.id, '/home/alice/'));
  await expect(page.getByRole('grid', { name: new RegExp(COLLECTIONS.gcpAlice.name) })).toBeVisible();
  await expect(page.getByRole('group', { name: 'File access over HTTPS' })).toHaveCount(0);
});
