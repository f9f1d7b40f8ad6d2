import type { Locator, Page } from '@playwright/test';
import { test, expect, type E2EEnv } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';
import { openLoggedIn } from './login-helpers';
import {
  AWKWARD_TREE,
  collectionTree,
  createOpfsTree,
  expectedListing,
  makeCollectionFile,
  readOpfsTree,
} from './local-files-helpers';
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
async function openCopyPanes(page: Page, env: E2EEnv, spec: Parameters<typeof createOpfsTree>[2]) {
  await stubFolderPicker(page);
  const q = new URLSearchParams({ destination_id: t1.id, destination_path: TARGET, two_pane: 'true' });
  await openLoggedIn(page, env, `${env.appUrl}#/files?${q}`);
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

/** Paths (under `under`) of the collection HTTPS requests of `method` the page sends from now on. */
function httpsRequests(page: Page, method: 'GET' | 'PUT', under: string) {
  const seen: string[] = [];
  const prefix = `/__https/${t1.id}${under}`;
  page.on('request', (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname);
    if (r.method() === method && path.startsWith(prefix)) seen.push(path.slice(prefix.length));
  });
  return seen;
}

test('an awkward tree goes up to a collection (a file the server refuses once as busy is sent again, the others once) and comes back down byte for byte', async ({
  page,
  env,
}) => {
  const { local, remote } = await openCopyPanes(page, env, { awkward: AWKWARD_TREE, back: {} });
  const expected = expectedListing(AWKWARD_TREE);
  // Chromium itself sends a cut PUT again, so the interruption is a refusal: 503, briefly unavailable.
  await env.control('faults', { method: 'PUT', path: `/__https/${t1.id}${TARGET}awkward/empty.txt`, status: 503 });
  const puts = httpsRequests(page, 'PUT', `${TARGET}awkward/`);

  await startCopy(page, local, 'awkward', 'up');
  const up = job(page, 'up');
  await consentWhenAsked(page, up);
  await expect(up).toContainText('Finished', COPY_TIMEOUT);
  expect(await collectionTree(env.control, t1.id, `${TARGET}awkward/`)).toEqual(expected);
  expect(await env.control('faults')).toEqual({ faults: [] });
  expect([...puts].sort()).toEqual([...expected.files.map((f) => f.path), 'empty.txt'].sort());
  await expect(rowNamed(remote, 'awkward')).toBeVisible();
  // Its progress bar steps rather than animates: a tree of small files moves it several times a second, and an
  // animation would have the page redrawn on every frame for as long as the copy runs.
  const fills = await up.getByRole('progressbar').evaluateAll((bars) =>
    bars.map((bar) => {
      const style = getComputedStyle(bar.firstElementChild!);
      return [style.transitionDuration, style.animationName];
    }),
  );
  expect(fills).toEqual([['0s', 'none']]);

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

test('a download cut mid-file resumes after the parts already on disk without fetching finished files again; same-size files are skipped', async ({
  page,
  env,
}) => {
  const source = `${TARGET}batch/`;
  const sizes = {
    'a first.txt': 6,
    'big #1 ü.dat': 3_000_000,
    'same size.txt': 13,
    'other size.txt': 17,
    'z last %.csv': 8,
  };
  for (const [name, size] of Object.entries(sizes))
    await makeCollectionFile(env.control, { collection: t1.id, path: `${source}${name}`, size });
  // Already on this computer: one file of the same size (other bytes), one of another size.
  const localBefore = { 'same size.txt': 'local twelve\n', 'other size.txt': 'short' };
  const { local, remote } = await openCopyPanes(page, env, {
    'warm-up.txt': 'first copy of the session\n',
    batch: localBefore,
  });

  // The first copy of the session passes the HTTPS consent step.
  await startCopy(page, local, 'warm-up.txt', 'up');
  await consentWhenAsked(page, job(page, 'up'));
  await expect(job(page, 'up')).toContainText('Finished', COPY_TIMEOUT);

  // The big file comes in two parts: its first 2 MiB, then the rest, asked for while the first arrives. The
  // second part loses its connection partway; the first is on disk to continue from.
  await env.control('faults', {
    method: 'GET',
    path: `/__https/${t1.id}${source}big*`,
    skip: 1,
    dropAfterBytes: 400_000,
  });
  const gets: { path: string; range?: string }[] = [];
  page.on('request', (r) => {
    const path = decodeURIComponent(new URL(r.url()).pathname);
    const prefix = `/__https/${t1.id}${source}`;
    if (r.method() === 'GET' && path.startsWith(prefix))
      gets.push({ path: path.slice(prefix.length), range: r.headers()['range'] });
  });
  const dialogText = await startCopy(page, remote, 'batch', 'down', ['Skip files with the same size']);
  expect(dialogText).toContain('1 file already exists there with the same size: 1 will be skipped.');
  expect(dialogText).toContain('1 file exists there with another size and will be overwritten.');
  const down = job(page, 'down');
  await expect(down).toContainText('Finished', COPY_TIMEOUT);
  await expect(down).toContainText('1 file was skipped: already there with the same size.');
  await expect(down.getByRole('button', { name: 'Retry failed files' })).toHaveCount(0);

  // The cut happened; finished files were fetched once, the cut part again, the first part and the skipped file
  // never again.
  expect(await env.control('faults')).toEqual({ faults: [] });
  const names = gets.map((g) => g.path);
  expect([...names].sort()).toEqual([
    'a first.txt',
    'big #1 ü.dat',
    'big #1 ü.dat',
    'big #1 ü.dat',
    'other size.txt',
    'z last %.csv',
  ]);
  expect(gets.filter((g) => g.path === 'big #1 ü.dat').map((g) => g.range)).toEqual([
    'bytes=0-2097151',
    'bytes=2097152-',
    'bytes=2097152-',
  ]);
  // This computer holds the collection's bytes, except the skipped file, which kept its own.
  const onCollection = await collectionTree(env.control, t1.id, source);
  const localSame = expectedListing(localBefore).files.find((f) => f.path === 'same size.txt')!;
  expect(await readOpfsTree(page, `${FOLDER}/batch`)).toEqual({
    files: onCollection.files.map((f) => (f.path === 'same size.txt' ? localSame : f)),
    folders: [],
  });
});

/** Files the app's stored copy queue (IndexedDB) records as done: what a reload starts from. */
const storedDoneFiles = (page: Page) =>
  page.evaluate(async () => {
    const info = (await indexedDB.databases()).find((d) => d.name?.endsWith('-local-copies'));
    if (!info?.name) return 0;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(info.name!);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('cannot open the copy queue'));
    });
    const jobs = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction('local-copies').objectStore('local-copies').getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error ?? new Error('cannot read the copy queue'));
    });
    db.close();
    type Job = { items: { kind: string; status: string }[] };
    return (jobs as Job[]).flatMap((j) => j.items).filter((i) => i.kind === 'file' && i.status === 'done').length;
  });

test('a download goes on after a reload mid-queue and ends byte for byte', async ({ page, env }) => {
  const FILES = 12;
  const source = `${TARGET}slow ü/`;
  for (let i = 0; i < FILES; i++)
    await makeCollectionFile(env.control, { collection: t1.id, path: `${source}part #${i} ü.dat`, size: 100_000 });
  // Each download crawls at 50 kB/s: a 100 kB file takes two seconds, the queue several rounds.
  await env.control('faults', {
    method: 'GET',
    path: `/__https/${t1.id}${source}*`,
    bytesPerSecond: 50_000,
    times: -1,
  });
  const { remote } = await openCopyPanes(page, env, {});

  await startCopy(page, remote, 'slow ü', 'down');
  const down = job(page, 'down');
  await consentWhenAsked(page, down);
  await expect.poll(() => storedDoneFiles(page), COPY_TIMEOUT).toBeGreaterThanOrEqual(4);
  const doneBefore = await storedDoneFiles(page);
  expect(doneBefore).toBeLessThan(FILES);

  const gets = httpsRequests(page, 'GET', source);
  await page.reload();
  await env.control('faults', undefined, 'DELETE');
  // At most one click (a browser may ask again for the folder); the origin-private folder needs none.
  const oneClick = down.getByRole('button', { name: /^(Resume|Allow access to)/ });
  await expect(
    down
      .getByText(/^(Copying|Finished)$/)
      .or(oneClick)
      .first(),
  ).toBeVisible(COPY_TIMEOUT);
  if (await oneClick.isVisible()) await oneClick.click();
  await expect(down).toContainText('Finished', COPY_TIMEOUT);
  await expect(down.getByRole('button', { name: 'Retry failed files' })).toHaveCount(0);

  // Files stored as done before the reload were not fetched again.
  expect(gets.length).toBeLessThanOrEqual(FILES - doneBefore);
  expect(await readOpfsTree(page, `${FOLDER}/slow ü`)).toEqual(await collectionTree(env.control, t1.id, source));
});
