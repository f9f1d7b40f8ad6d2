/**
 * Raw single-stream throughput of a collection HTTPS server as Chromium sees it, against the emulator: one fetch of
 * a 1 GB generated file reading the stream to its end, one PUT of a 256 MB Blob, and the same 1,000 × 100 KB tree
 * the copy queue copies, fetched and PUT one file after another with bare fetch and the app's headers (so each
 * file costs the same CORS preflight as in the app; downloads bypass the HTTP cache, as the app's do). These are
 * the ceilings the app's copy queue is measured against (copy-queue.ts): its big file against the big stream, its
 * tree against the tree. The Blobs are one line repeated, which the emulator keeps as that line, so the figure is
 * the network path and not the emulator's memory.
 */
import type { Page } from 'playwright-core';
import { httpLogin, tokenForResourceServer } from '../../test/emulator/http-login';
import { COLLECTIONS, IDENTITIES } from '../../test/emulator/seed/ids';
import { CLIENT_ID, onDiskContext, type BenchEnv } from './harness';
import type { Figure } from './report';

export const T1 = COLLECTIONS.tutorial1.id;
export const MB = 1024 * 1024;
export const DOWNLOAD_SIZE = 1024 * MB;
const UPLOAD_SIZE = 256 * MB;
export const TREE_FILES = 1000;
export const TREE_FILE_SIZE = 100 * 1024;
/** The header names the app sends (src/lib/globus/https.ts): the preflight asks for the same ones. */
const appHeaders = (token: string) => ({
  Authorization: `Bearer ${token}`,
  'X-Globus-Client-Info': 'product=globus-browser-client-bench,version=0',
});

/** An HTTPS-scope token for tutorial1, got the way the app gets one (the bench's client, its redirect URI). */
export async function httpsToken(env: BenchEnv): Promise<string> {
  const scope = `https://auth.globus.org/scopes/${T1}/https`;
  return tokenForResourceServer(
    await httpLogin(env.emulator.url, IDENTITIES.alice.id, scope, CLIENT_ID, env.appUrl),
    T1,
  );
}

/** A page on the app's origin (CORS as the app meets it), not logged in. */
export async function appOriginPage(env: BenchEnv): Promise<Page> {
  const context = await env.browser.newContext();
  // tsx keeps function names with a `__name` helper that page.evaluate callbacks carry into the page.
  await context.addInitScript('window.__name = (f) => f');
  const page = await context.newPage();
  await page.goto(env.appUrl);
  return page;
}

/** MB/s of one GET read to its end in the page. */
export function downloadInPage(page: Page, url: string, token: string): Promise<number> {
  return page.evaluate(
    async ({ url, token }) => {
      const t0 = performance.now();
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
      if (!res.ok || !res.body) throw new Error(`download answered ${res.status}`);
      const reader = res.body.getReader();
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.length;
      }
      return bytes / 1024 / 1024 / ((performance.now() - t0) / 1000);
    },
    { url, token },
  );
}

/** MB/s of one PUT of a `size`-byte Blob made of one line repeated (a few MB of memory whatever the size). */
export function uploadInPage(page: Page, url: string, token: string, size: number): Promise<number> {
  return page.evaluate(
    async ({ url, token, size }) => {
      const unit = new TextEncoder().encode('bench upload line of a big file\n');
      const piece = new Uint8Array(unit.length * Math.floor((1024 * 1024) / unit.length));
      for (let i = 0; i < piece.length; i++) piece[i] = unit[i % unit.length]!;
      const parts: BlobPart[] = [];
      for (let left = size; left > 0; left -= piece.length)
        parts.push(left >= piece.length ? piece : piece.slice(0, left));
      const blob = new Blob(parts);
      const t0 = performance.now();
      const res = await fetch(url, { method: 'PUT', headers: { Authorization: `Bearer ${token}` }, body: blob });
      if (!res.ok) throw new Error(`upload answered ${res.status}`);
      return blob.size / 1024 / 1024 / ((performance.now() - t0) / 1000);
    },
    { url, token, size },
  );
}

/** MB/s of GETs of `names` under `base`, one after another, each read to its end. */
export function treeDownloadInPage(page: Page, base: string, names: string[], headers: Record<string, string>) {
  return page.evaluate(
    async ({ base, names, headers }) => {
      const t0 = performance.now();
      let bytes = 0;
      for (const name of names) {
        const res = await fetch(`${base}/${encodeURIComponent(name)}`, { headers, cache: 'no-store' });
        if (!res.ok) throw new Error(`tree download answered ${res.status}`);
        bytes += (await res.arrayBuffer()).byteLength;
      }
      return bytes / 1024 / 1024 / ((performance.now() - t0) / 1000);
    },
    { base, names, headers },
  );
}

/**
 * MB/s of the same GETs one after another, each saved as a new file of the origin-private file system (create,
 * write, close): what saving a tree costs with nothing of the app, as the copy queue's tree download also does it.
 * The folder is removed after.
 */
export function treeDownloadToFilesInPage(page: Page, base: string, names: string[], headers: Record<string, string>) {
  return page.evaluate(
    async ({ base, names, headers }) => {
      const root = await navigator.storage.getDirectory();
      const folder = await root.getDirectoryHandle('raw-tree', { create: true });
      try {
        const t0 = performance.now();
        let bytes = 0;
        for (const name of names) {
          const res = await fetch(`${base}/${encodeURIComponent(name)}`, { headers, cache: 'no-store' });
          if (!res.ok) throw new Error(`tree download answered ${res.status}`);
          const data = await res.arrayBuffer();
          const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
          await writable.write(data);
          await writable.close();
          bytes += data.byteLength;
        }
        return bytes / 1024 / 1024 / ((performance.now() - t0) / 1000);
      } finally {
        await root.removeEntry('raw-tree', { recursive: true });
      }
    },
    { base, names, headers },
  );
}

/** MB/s of `count` PUTs of a `size`-byte Blob under `base`, one after another, each to a new name. */
export function treeUploadInPage(
  page: Page,
  base: string,
  count: number,
  size: number,
  headers: Record<string, string>,
) {
  return page.evaluate(
    async ({ base, count, size, headers }) => {
      const unit = new TextEncoder().encode('bench tree upload line\n');
      const data = new Uint8Array(size);
      for (let i = 0; i < size; i++) data[i] = unit[i % unit.length]!;
      const t0 = performance.now();
      for (let i = 0; i < count; i++) {
        // A Blob per file, as the app sends a File per file.
        const body = new Blob([data]);
        const res = await fetch(`${base}/file%20${String(i).padStart(4, '0')}.dat`, { method: 'PUT', headers, body });
        if (!res.ok) throw new Error(`tree upload answered ${res.status}`);
      }
      return (count * size) / 1024 / 1024 / ((performance.now() - t0) / 1000);
    },
    { base, count, size, headers },
  );
}

/**
 * MB/s of one GET piped into a new file of the origin-private file system (`response.body.pipeTo(writable)`): the
 * plain single-stream way to save a download, which the local disk's writes bound. The file is removed after.
 */
export function downloadToFileInPage(page: Page, url: string, token: string): Promise<number> {
  return page.evaluate(
    async ({ url, token }) => {
      const root = await navigator.storage.getDirectory();
      const file = await root.getFileHandle('raw-download.dat', { create: true });
      try {
        const t0 = performance.now();
        const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
        if (!res.ok || !res.body) throw new Error(`download answered ${res.status}`);
        await res.body.pipeTo(await file.createWritable());
        return (await file.getFile()).size / 1024 / 1024 / ((performance.now() - t0) / 1000);
      } finally {
        await root.removeEntry('raw-download.dat');
      }
    },
    { url, token },
  );
}

export interface RawThroughput {
  download: number[];
  /** The 1 GB download saved into a local file (see downloadToFileInPage). */
  downloadToFile: number[];
  upload: number[];
  treeDownload: number[];
  /** The tree download saved into local files (see treeDownloadToFilesInPage). */
  treeDownloadToFiles: number[];
  treeUpload: number[];
}

/** Peak RSS growth (MB) of the emulator's process while `work` runs. */
async function rssGrowthDuring<T>(env: BenchEnv, work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const base = env.emulator.rss();
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, env.emulator.rss())), 100);
  try {
    return { result: await work(), growthMb: (peak - base) / MB };
  } finally {
    clearInterval(timer);
  }
}

export async function benchRawHttps(env: BenchEnv, runs = 3): Promise<{ figures: Figure[]; raw: RawThroughput }> {
  await env.control('files', { collection: T1, path: '/bench/raw/1 GB.dat', size: DOWNLOAD_SIZE });
  // Two copies of the tree: each download run needs URLs no preflight was cached for.
  for (const folder of ['tree-down', 'tree-down-files'])
    await env.control('storage/generate', {
      collection: T1,
      path: `/bench/raw/${folder}/`,
      count: TREE_FILES,
      size: TREE_FILE_SIZE,
    });
  const treeNames = Array.from({ length: TREE_FILES }, (_, i) => `file-${String(i).padStart(7, '0')}.dat`);
  const token = await httpsToken(env);
  const page = await appOriginPage(env);
  const base = `${env.emulator.url}/__https/${T1}/bench/raw`;
  const raw: RawThroughput = {
    download: [],
    downloadToFile: [],
    upload: [],
    treeDownload: [],
    treeDownloadToFiles: [],
    treeUpload: [],
  };
  const headers = appHeaders(token);
  const rss = { download: [] as number[], upload: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      const down = await rssGrowthDuring(env, () => downloadInPage(page, `${base}/1%20GB.dat`, token));
      raw.download.push(down.result);
      rss.download.push(down.growthMb);
      const up = await rssGrowthDuring(env, () => uploadInPage(page, `${base}/upload-${i}.dat`, token, UPLOAD_SIZE));
      raw.upload.push(up.result);
      rss.upload.push(up.growthMb);
      // Each run PUTs to new names (as the app's tree upload does), so no preflight is cached from the last run.
      await env.control('folders', { collection: T1, path: `/bench/raw/tree-up-${i}` });
      raw.treeUpload.push(await treeUploadInPage(page, `${base}/tree-up-${i}`, TREE_FILES, TREE_FILE_SIZE, headers));
    }
    // Downloads use fresh URLs only in the first run (the preflight cache keeps later ones): one run, like the app.
    raw.treeDownload.push(await treeDownloadInPage(page, `${base}/tree-down`, treeNames, headers));
    // On disk, as the copy queue's bench page is (an off-the-record context cannot hold 1 GB). One run: it is slow.
    const disk = await onDiskContext({ viewport: { width: 800, height: 600 } });
    try {
      await disk.addInitScript('window.__name = (f) => f');
      const diskPage = disk.pages()[0] ?? (await disk.newPage());
      await diskPage.goto(env.appUrl);
      raw.downloadToFile.push(await downloadToFileInPage(diskPage, `${base}/1%20GB.dat`, token));
      raw.treeDownloadToFiles.push(
        await treeDownloadToFilesInPage(diskPage, `${base}/tree-down-files`, treeNames, headers),
      );
    } finally {
      await disk.close();
    }
  } finally {
    await page.context().close();
  }
  return {
    raw,
    figures: [
      { name: 'raw HTTPS download, 1 GB, one fetch stream', unit: 'MB/s', target: '—', runs: raw.download },
      {
        name: 'raw HTTPS download into a local file, 1 GB, fetch piped to the file',
        unit: 'MB/s',
        target: '—',
        runs: raw.downloadToFile,
      },
      { name: 'raw HTTPS upload, 256 MB Blob, one PUT', unit: 'MB/s', target: '—', runs: raw.upload },
      {
        name: 'raw HTTPS download, 1,000 × 100 KB, one fetch after another',
        unit: 'MB/s',
        target: '—',
        runs: raw.treeDownload,
      },
      {
        name: 'raw HTTPS download into local files, 1,000 × 100 KB, one after another',
        unit: 'MB/s',
        target: '—',
        runs: raw.treeDownloadToFiles,
      },
      {
        name: 'raw HTTPS upload, 1,000 × 100 KB, one PUT after another',
        unit: 'MB/s',
        target: '—',
        runs: raw.treeUpload,
      },
      { name: 'emulator RSS growth while serving the 1 GB download', unit: 'MB', target: '< 100', runs: rss.download },
      { name: 'emulator RSS growth while taking the 256 MB upload', unit: 'MB', target: '< 100', runs: rss.upload },
    ],
  };
}
