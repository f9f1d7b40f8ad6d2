/**
 * Shared set-up for the browser benchmarks: the production build served from a sub-folder, an emulator in its own
 * process (as `npm start` runs it: this process drives Chromium, which must not slow the server down), headless
 * Debian Chromium, and a logged-in page.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emulatorAppConfig } from '../../test/emulator/app-config';
import { serveStatic, type StaticSite } from '../../test/e2e/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';
import { startEmulatorProcess, type EmulatorProcess } from './emulator-process';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const CLIENT_ID = 'be7c0000-0000-4000-8000-000000000001';

export interface BenchEnv {
  browser: Browser;
  emulator: EmulatorProcess;
  appUrl: string;
  control(path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function startBenchEnv(): Promise<BenchEnv> {
  // The site keeps its port (re-listening on a released one can collide); its config is served once known.
  let config: object = {};
  const site: StaticSite = await serveStatic({ root: DIST, mountPath: '/bench/app/', config: () => config, port: 0 });
  const emulator = await startEmulatorProcess();
  const control = async (path: string, body?: unknown) => {
    const res = await fetch(`${emulator.url}/__emulator/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  // The bench's client is registered through the control API, and a reset forgets it: register it again.
  const register = () => control('clients', { id: CLIENT_ID, name: 'Benchmark portal', redirectUris: [site.url] });
  await register();
  config = emulatorAppConfig(emulator.url, CLIENT_ID);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return {
    browser,
    emulator,
    appUrl: site.url,
    control: async (path, body) => {
      const answer = await control(path, body);
      if (path === 'reset') await register();
      return answer;
    },
    close: async () => {
      await browser.close();
      await site.close();
      await emulator.close();
    },
  };
}

/**
 * A browser context with its storage on disk (a profile in a temporary folder, removed when the context closes).
 * A fresh context of the shared browser is off the record: its origin-private file system lives in memory and
 * refuses writes (QuotaExceededError) long before the quota it reports, which a 1 GB download meets.
 */
export async function onDiskContext(options: { viewport: { width: number; height: number } }): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ...options,
  });
  // The 'close' event comes while Chromium is still shutting down and writing its profile, which made removing
  // the folder then fail (ENOTEMPTY); close() itself resolves once the browser has exited. Never fail a figure on it.
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    await rm(dir, { recursive: true, force: true, maxRetries: 5 }).catch((err: unknown) => {
      console.warn(`could not remove the bench profile ${dir}: ${String(err)}`);
    });
  };
  return context;
}

/**
 * A fresh browser context, logged in as `username`, showing `hashRoute`; `prepare` runs before the first page loads.
 * `onDisk`: the context keeps its storage on disk (see onDiskContext), for benches that write large local files.
 */
export async function loggedInPage(
  env: BenchEnv,
  hashRoute: string,
  username = 'alice@example.org',
  prepare?: (context: BrowserContext) => Promise<void>,
  opts: { onDisk?: boolean } = {},
): Promise<Page> {
  const viewport = { width: 1280, height: 800 };
  const context = opts.onDisk ? await onDiskContext({ viewport }) : await env.browser.newContext({ viewport });
  // tsx keeps function names with a `__name` helper that page.evaluate callbacks carry into the page.
  await context.addInitScript('window.__name = (f) => f');
  await prepare?.(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${env.appUrl}${hashRoute}`);
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await page.getByRole('button', { name: `Log in as ${username}` }).click();
  // The first login of a fresh emulator asks for consent; later ones in the same run go straight back.
  await page.waitForURL((u) => u.href.startsWith(env.appUrl) || u.pathname === '/v2/oauth2/authorize/login');
  if (!page.url().startsWith(env.appUrl)) await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL((u) => u.href.startsWith(env.appUrl) && !u.search);
  return page;
}
