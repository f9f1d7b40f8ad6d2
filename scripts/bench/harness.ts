/**
 * Shared set-up for the browser benchmarks: the production build served from a sub-folder, an emulator,
 * headless Debian Chromium, and a logged-in page.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '../../test/emulator/server';
import { emulatorAppConfig } from '../../test/emulator/app-config';
import { serveStatic, type StaticSite } from '../../test/e2e/static-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/e2e/chromium';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const CLIENT_ID = 'be7c0000-0000-4000-8000-000000000001';

export interface BenchEnv {
  browser: Browser;
  emulator: RunningEmulator;
  appUrl: string;
  control(path: string, body?: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function startBenchEnv(): Promise<BenchEnv> {
  // The site keeps its port (re-listening on a released one can collide); its config is served once known.
  let config: object = {};
  const site: StaticSite = await serveStatic({ root: DIST, mountPath: '/bench/app/', config: () => config, port: 0 });
  const emulator = await startEmulator({
    port: 0,
    clients: [{ id: CLIENT_ID, name: 'Benchmark portal', redirectUris: [site.url] }],
  });
  config = emulatorAppConfig(emulator.url, CLIENT_ID);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const control = async (path: string, body?: unknown) => {
    const res = await fetch(`${emulator.url}/__emulator/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`control ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  return {
    browser,
    emulator,
    appUrl: site.url,
    control,
    close: async () => {
      await browser.close();
      await site.close();
      await emulator.close();
    },
  };
}

/** A fresh browser context, logged in as `username`, showing `hashRoute`; `prepare` runs before the first page loads. */
export async function loggedInPage(
  env: BenchEnv,
  hashRoute: string,
  username = 'alice@example.org',
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx keeps function names with a `__name` helper that page.evaluate callbacks carry into the page.
  await context.addInitScript('window.__name = (f) => f');
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(`${env.appUrl}${hashRoute}`);
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await page.getByRole('button', { name: `Log in as ${username}` }).click();
  // The first login of a fresh emulator asks for consent; later ones in the same run go straight back.
  await page.waitForURL((u) => u.href.startsWith(env.appUrl) || u.pathname === '/v2/oauth2/authorize/login');
  if (!page.url().startsWith(env.appUrl)) await page.getByRole('button', { name: 'Allow' }).click();
  await page.waitForURL((u) => u.href.startsWith(env.appUrl) && !u.search);
  return page;
}
