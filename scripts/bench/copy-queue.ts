/**
 * The app's copy queue between a folder on this computer and a collection, in the real build against the
 * emulator: upload and download throughput of a 1,000-file tree and of one 1 GB file, each with the target ≥ 80%
 * of the raw single-stream figure of the same workload measured in the same run (https-throughput.ts): the tree
 * against the same 1,000 files fetched or PUT one after another with bare fetch, the 1 GB upload against one PUT
 * of a Blob, the 1 GB download against one fetch stream (downloads, shown beside it, also against the same work
 * saved into local files, which the browser's file writes bound); and the JS heap growth while a 1 GB file copies
 * (target < 100 MB). The local folder is an OPFS folder handed to the app by a stubbed
 * `showDirectoryPicker`. A UI step that is not there (or a copy with failed files) leaves the figures unmeasured
 * with the reason.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { COLLECTIONS } from '../../test/emulator/seed/ids';
import { createOpfsTree, stubDirectoryPicker, type LocalTreeSpec } from '../../test/e2e/local-files-helpers';
import { DOWNLOAD_SIZE, MB, T1, TREE_FILES, TREE_FILE_SIZE, type RawThroughput } from './https-throughput';
import { loggedInPage, type BenchEnv } from './harness';
import type { Figure } from './report';

/** The UI step that was not there (the figures print it as the reason). */
export class NotMeasured extends Error {}

/** OPFS folder 'bench/local': the app names the picked folder by its last part. */
const LOCAL_FOLDER = 'bench/local';
const LOCAL_NAME = 'local';
const COLLECTION_NAME = COLLECTIONS.tutorial1.name;
// A folder the seed lets everyone write in (folders the control API makes belong to root, and a tree's upload
// makes sub-folders through Transfer mkdir, which checks that).
const COLLECTION_PATH = '/share/empty/';
const FIND_UI_MS = 30_000;
/** A copy whose progress line has not changed for this long has stalled: the figure fails with what the card says. */
const STALL_MS = 60_000;
const POLL_MS = 1_000;
/** How often the page checks whether a copy has ended. */
const SETTLE_POLL_MS = 100;

export interface CopyJob {
  /** up: this computer → collection; down: collection → this computer. */
  direction: 'up' | 'down';
  /** The entry to copy, by name, in the source pane's folder. */
  entry: string;
}

/** The collection in the right pane; the left one offers its collection picker ("This computer…" is there). */
const filesRoute = () =>
  `#/files?${new URLSearchParams({ destination_id: T1, destination_path: COLLECTION_PATH, two_pane: 'true' })}`;

async function step<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (e) {
    throw new NotMeasured(`${what} (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`);
  }
}

const localGrid = (page: Page) =>
  page.getByRole('region', { name: `This computer: ${LOCAL_NAME} pane` }).getByRole('grid');
const collectionGrid = (page: Page) => page.getByRole('region', { name: `${COLLECTION_NAME} pane` }).getByRole('grid');
const jobCard = (page: Page, direction: CopyJob['direction']) =>
  page.getByRole('region', { name: 'Copies with this computer' }).getByRole('listitem', {
    name:
      direction === 'up'
        ? `Upload from “${LOCAL_NAME}” to “${COLLECTION_NAME}”`
        : `Download from “${COLLECTION_NAME}” to “${LOCAL_NAME}”`,
    exact: true,
  });

/** Points the left pane at the local folder: "This computer…" in its collection picker, then the folder. */
export async function openLocalFolderInLeftPane(page: Page): Promise<void> {
  const picker = page.getByRole('region', { name: 'Choose a collection' });
  await step('no "This computer…" choice in the collection picker', () =>
    picker.getByRole('button', { name: 'This computer…' }).click({ timeout: FIND_UI_MS }),
  );
  await step('no "Choose a folder…" button after "This computer…"', () =>
    picker.getByRole('button', { name: 'Choose a folder…' }).click({ timeout: FIND_UI_MS }),
  );
  await step('the picked folder does not show in a pane', () => localGrid(page).waitFor({ timeout: FIND_UI_MS }));
}

/**
 * Drives one copy through the app's UI by accessible names: mark the entry in the source pane, F5, "Start
 * copying", wait for the job in "Copies with this computer" to say Finished, then remove it from the list. Returns
 * ms from confirming to done (a login step on the way restarts the clock). The left pane shows the local folder
 * (openLocalFolderInLeftPane), the right one the collection at COLLECTION_PATH.
 */
export async function driveCopyQueue(page: Page, job: CopyJob): Promise<number> {
  const source = job.direction === 'up' ? localGrid(page) : collectionGrid(page);
  await step(`no row "${job.entry}" in the source pane`, () =>
    source
      .getByRole('row', { name: new RegExp(`(^|\\s)${job.entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`) })
      .first()
      .click({ timeout: FIND_UI_MS }),
  );
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', {
    name: job.direction === 'up' ? 'Upload to collection' : 'Download to this computer',
  });
  const confirm = dialog.getByRole('button', { name: 'Start copying' });
  // Planning lists the whole tree (and what is already at the target) before the button is enabled.
  await step('F5 opened no copy dialog ready to start', async () => {
    await confirm.waitFor({ timeout: FIND_UI_MS });
    await page.waitForFunction((el) => !(el as HTMLButtonElement).disabled, await confirm.elementHandle(), {
      timeout: 5 * 60_000,
    });
  });
  const card = jobCard(page, job.direction);
  const finished = card.getByText('Finished', { exact: true });
  const login = card.getByRole('button', { name: 'Log in to continue' });
  let t0 = performance.now();
  await confirm.click();
  await step('the copy never finished', async () => {
    if ((await untilSettled(card)) === 'login') {
      // The collection's HTTPS consent (first copy of a session): Globus shows its Allow page unless the scope
      // was consented already; the job goes on by itself once back.
      await login.click();
      t0 = performance.now();
      const allow = page.getByRole('button', { name: 'Allow' });
      await allow.or(finished).first().waitFor({ timeout: FIND_UI_MS });
      if (await allow.isVisible()) await allow.click();
      if ((await untilSettled(card)) === 'login') throw new Error('it asked for a login again');
    }
  });
  const ms = performance.now() - t0;
  if (await card.getByRole('button', { name: 'Retry failed files' }).isVisible())
    throw new NotMeasured(`some files of "${job.entry}" failed: ${await card.innerText()}`);
  await card.getByRole('button', { name: 'Remove from list' }).click();
  return ms;
}

/**
 * Waits until the job card says Finished or asks for a login. A card that pauses or stops, or whose progress line
 * stays the same for STALL_MS, fails the figure with the card's own words (what a user would read).
 */
async function untilSettled(card: Locator): Promise<'finished' | 'login'> {
  const finished = card.getByText('Finished', { exact: true });
  const handle = await card.elementHandle({ timeout: FIND_UI_MS });
  let last = '';
  let since = performance.now();
  for (;;) {
    // Checked ten times a second in the page rather than with a locator's wait, which re-queries the page on
    // every animation frame: that polling took about 5% of the page's main thread during a long copy, charged to
    // the app's figure. The end is seen at most SETTLE_POLL_MS late.
    const settled = await handle
      .evaluate(
        (el, { poll, timeout }) =>
          new Promise<boolean>((resolve) => {
            const ended = () =>
              [...el.querySelectorAll('*')].some((n) => n.childElementCount === 0 && n.textContent === 'Finished') ||
              [...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Log in to continue');
            const started = Date.now();
            const check = () => {
              if (ended()) resolve(true);
              else if (Date.now() - started > timeout) resolve(false);
              else setTimeout(check, poll);
            };
            check();
          }),
        { poll: SETTLE_POLL_MS, timeout: POLL_MS },
      )
      .catch(() => false);
    if (settled) return (await finished.isVisible()) ? 'finished' : 'login';
    const text = (await card.innerText({ timeout: FIND_UI_MS }).catch(() => '')).replace(/\s+/g, ' ');
    if (/Paused|Stopped at an error|Waiting for access/.test(text)) throw new Error(`it stopped: ${text}`);
    const progress = /[\d.,]+ \S?B of [\d.,]+ \S?B, [\d,]+ of [\d,]+ files/.exec(text)?.[0] ?? text;
    if (progress !== last) [last, since] = [progress, performance.now()];
    else if (performance.now() - since > STALL_MS) throw new Error(`no progress for ${STALL_MS / 1000} s: ${text}`);
  }
}

/** Peak JS heap growth (MB) over a baseline taken after a garbage collection, sampled while `work` runs. */
async function heapGrowthDuring<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const base = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  let peak = base;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, (await cdp.send('Runtime.getHeapUsage')).usedSize);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  try {
    return { result: await work(), growthMb: (peak - base) / MB };
  } finally {
    sampling = false;
    await sampler;
  }
}

const treeSpec = (files: number, size: number, line: string): LocalTreeSpec =>
  Object.fromEntries(
    Array.from({ length: files }, (_, i) => [`file ${String(i).padStart(4, '0')}.dat`, { size, line }]),
  );

const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? 0;

export async function benchCopyQueue(env: BenchEnv, raw: RawThroughput): Promise<Figure[]> {
  const treeBytes = TREE_FILES * TREE_FILE_SIZE;
  /** A throughput figure whose target is 80% of the median of the raw runs it is set against. */
  const against = (name: string, rawRuns: number[], what: string): Figure => ({
    name,
    unit: 'MB/s',
    target: `≥ ${(0.8 * median(rawRuns)).toFixed(1)} (80% of ${what})`,
    runs: [],
  });
  const figures = {
    treeUp: against('copy queue upload, 1,000 files × 100 KB', raw.treeUpload, 'raw tree upload'),
    treeDown: against('copy queue download, 1,000 files × 100 KB', raw.treeDownload, 'raw tree download'),
    treeDownToFiles: against(
      'same tree download, against the raw tree download into local files',
      raw.treeDownloadToFiles,
      'raw tree download into local files',
    ),
    bigUp: against('copy queue upload, one 1 GB file', raw.upload, 'raw 256 MB PUT'),
    bigDown: against('copy queue download, one 1 GB file', raw.download, 'raw 1 GB stream'),
    bigDownToFile: against(
      'same 1 GB download, against the raw download into a local file',
      raw.downloadToFile,
      'raw download into a local file',
    ),
    heapUp: { name: 'JS heap growth during the 1 GB upload', unit: 'MB', target: '< 100', runs: [] } as Figure,
    heapDown: { name: 'JS heap growth during the 1 GB download', unit: 'MB', target: '< 100', runs: [] } as Figure,
  };
  const all = () => Object.values(figures);
  // On disk: an off-the-record context's in-memory origin-private file system cannot hold the 1 GB download.
  const page = await loggedInPage(
    env,
    filesRoute(),
    'alice@example.org',
    (context) => stubDirectoryPicker(context, LOCAL_FOLDER),
    { onDisk: true },
  );
  try {
    await createOpfsTree(page, LOCAL_FOLDER, { 'warm-up.txt': 'first copy of the session\n' });
    await openLocalFolderInLeftPane(page);
    // A small first copy passes the HTTPS consent step outside the measured runs.
    await driveCopyQueue(page, { direction: 'up', entry: 'warm-up.txt' });

    // Test data only once the UI is known to be there: 1 GB of OPFS is not made for nothing.
    await createOpfsTree(page, LOCAL_FOLDER, {
      'tree-1000': treeSpec(TREE_FILES, TREE_FILE_SIZE, 'local tree file'),
      '1 GB.dat': { size: DOWNLOAD_SIZE, line: 'local big file' },
    });
    await env.control('storage/generate', {
      collection: T1,
      path: `${COLLECTION_PATH}tree-1000-down/`,
      count: TREE_FILES,
      size: TREE_FILE_SIZE,
    });
    await env.control('files', { collection: T1, path: `${COLLECTION_PATH}1 GB down.dat`, size: DOWNLOAD_SIZE });
    await page.reload();
    const cdp = await page.context().newCDPSession(page);
    const mbs = (bytes: number, ms: number) => bytes / MB / (ms / 1000);

    figures.treeUp.runs.push(mbs(treeBytes, await driveCopyQueue(page, { direction: 'up', entry: 'tree-1000' })));
    const treeDown = mbs(treeBytes, await driveCopyQueue(page, { direction: 'down', entry: 'tree-1000-down' }));
    figures.treeDown.runs.push(treeDown);
    figures.treeDownToFiles.runs.push(treeDown);
    const up = await heapGrowthDuring(cdp, () => driveCopyQueue(page, { direction: 'up', entry: '1 GB.dat' }));
    figures.bigUp.runs.push(mbs(DOWNLOAD_SIZE, up.result));
    figures.heapUp.runs.push(up.growthMb);
    // Frees the uploaded 1 GB of origin-private storage (a fresh context's quota) before the 1 GB download.
    await page.evaluate(async (folder) => {
      let dir = await navigator.storage.getDirectory();
      for (const name of folder.split('/')) dir = await dir.getDirectoryHandle(name);
      await dir.removeEntry('1 GB.dat');
    }, LOCAL_FOLDER);
    const down = await heapGrowthDuring(cdp, () => driveCopyQueue(page, { direction: 'down', entry: '1 GB down.dat' }));
    figures.bigDown.runs.push(mbs(DOWNLOAD_SIZE, down.result));
    figures.bigDownToFile.runs.push(mbs(DOWNLOAD_SIZE, down.result));
    figures.heapDown.runs.push(down.growthMb);
  } catch (e) {
    if (!(e instanceof NotMeasured)) throw e;
    for (const f of all()) if (f.runs.length === 0) Object.assign(f, { note: e.message });
  } finally {
    await page.context().close();
  }
  return all();
}
