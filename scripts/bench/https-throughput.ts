/**
 * Raw single-stream throughput of a collection HTTPS server as Chromium sees it, against the emulator: one fetch of
 * a 1 GB generated file reading the stream to its end, and one PUT of a 256 MB Blob. These are the ceilings the
 * app's copy queue is measured against (copy-queue.ts). The Blob is one line repeated, which the emulator keeps as
 * that line, so the figure is the network path and not the emulator's memory.
 */
import type { Page } from 'playwright-core';
import { httpLogin, tokenForResourceServer } from '../../test/emulator/http-login';
import { COLLECTIONS, IDENTITIES } from '../../test/emulator/seed/ids';
import { CLIENT_ID, type BenchEnv } from './harness';
import type { Figure } from './report';

export const T1 = COLLECTIONS.tutorial1.id;
export const MB = 1024 * 1024;
export const DOWNLOAD_SIZE = 1024 * MB;
const UPLOAD_SIZE = 256 * MB;

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
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
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

export interface RawThroughput {
  download: number[];
  upload: number[];
}

/** Peak RSS growth (MB) of this process — the emulator runs in it — while `work` runs. */
async function rssGrowthDuring<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    return { result: await work(), growthMb: (peak - base) / MB };
  } finally {
    clearInterval(timer);
  }
}

export async function benchRawHttps(env: BenchEnv, runs = 3): Promise<{ figures: Figure[]; raw: RawThroughput }> {
  await env.control('files', { collection: T1, path: '/bench/raw/1 GB.dat', size: DOWNLOAD_SIZE });
  const token = await httpsToken(env);
  const page = await appOriginPage(env);
  const base = `${env.emulator.url}/__https/${T1}/bench/raw`;
  const raw: RawThroughput = { download: [], upload: [] };
  const rss = { download: [] as number[], upload: [] as number[] };
  try {
    for (let i = 0; i < runs; i++) {
      const down = await rssGrowthDuring(() => downloadInPage(page, `${base}/1%20GB.dat`, token));
      raw.download.push(down.result);
      rss.download.push(down.growthMb);
      const up = await rssGrowthDuring(() => uploadInPage(page, `${base}/upload-${i}.dat`, token, UPLOAD_SIZE));
      raw.upload.push(up.result);
      rss.upload.push(up.growthMb);
    }
  } finally {
    await page.context().close();
  }
  return {
    raw,
    figures: [
      { name: 'raw HTTPS download, 1 GB, one fetch stream', unit: 'MB/s', target: '—', runs: raw.download },
      { name: 'raw HTTPS upload, 256 MB Blob, one PUT', unit: 'MB/s', target: '—', runs: raw.upload },
      { name: 'emulator RSS growth while serving the 1 GB download', unit: 'MB', target: '< 100', runs: rss.download },
      { name: 'emulator RSS growth while taking the 256 MB upload', unit: 'MB', target: '< 100', runs: rss.upload },
    ],
  };
}
