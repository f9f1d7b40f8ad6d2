/**
 * Each Playwright worker gets its own emulator and its own static host serving the production build
 * from a sub-folder, so tests never share server state.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '../emulator/server';
import { emulatorAppConfig } from '../emulator/app-config';
import { serveStatic } from './static-server';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
export const MOUNT_PATH = '/portal/data/';
export const E2E_CLIENT_ID = 'e2e0c11e-0000-4000-8000-000000000001';

export interface E2EEnv {
  appUrl: string;
  emulatorUrl: string;
  /** Calls the emulator's control API (`/__emulator/<path>`); a plain function, safe to pass around. */
  control: (path: string, body?: unknown, method?: string) => Promise<unknown>;
}

export const test = base.extend<{ resetEmulator: void }, { env: E2EEnv }>({
  env: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; it has none
    async ({}, use) => {
      // The static host's URL is the redirect URI the emulator registers, and the emulator's URL goes into
      // the host's config.json: the host starts first (keeping its port) and serves the config once known.
      let config: object = {};
      const live = await serveStatic({ root: DIST, mountPath: MOUNT_PATH, config: () => config, port: 0 });
      const emulator = await startEmulator({
        port: 0,
        clients: [{ id: E2E_CLIENT_ID, name: 'Data portal (tests)', redirectUris: [live.url] }],
      });
      config = emulatorAppConfig(emulator.url, E2E_CLIENT_ID);
      const control = async (path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') => {
        const res = await fetch(`${emulator.url}/__emulator/${path}`, {
          method,
          headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`control ${method} ${path}: ${res.status} ${await res.text()}`);
        const text = await res.text();
        return text ? JSON.parse(text) : null;
      };
      await use({ appUrl: live.url, emulatorUrl: emulator.url, control });
      await live.close();
      await emulator.close();
    },
    { scope: 'worker' },
  ],
  // Every test starts from the canonical seed with no faults.
  resetEmulator: [
    async ({ env }, use) => {
      await env.control('reset', {});
      await use();
    },
    { auto: true },
  ],
});

export { expect };

/**
 * For what takes a few of the page's polling ticks (5 s each, backing off after a failure) as well as a
 * slow machine's stalls: a task finishing on screen, a stall or a note appearing or clearing.
 */
export const POLLS = { timeout: 90_000 };

/** Reads every key of the app's IndexedDB token store, as the page sees it. */
export async function storedTokenCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const dbs = await indexedDB.databases();
    let count = 0;
    for (const info of dbs) {
      const name = info.name;
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error(`cannot open ${name}`));
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        if (!/token/i.test(storeName)) continue;
        const tx = db.transaction(storeName, 'readonly');
        count += await new Promise<number>((resolve) => {
          const req = tx.objectStore(storeName).count();
          req.onsuccess = () => resolve(req.result);
        });
      }
      db.close();
    }
    return count;
  });
}

/** On the emulator's Globus Auth page: pick a seeded identity, then grant the consent it asks for. */
export async function loginOnEmulator(page: Page, username: string): Promise<void> {
  await page.getByRole('button', { name: `Log in as ${username}` }).click();
  // A fresh emulator has no consents recorded, so the consent page always follows the login.
  await page.getByRole('button', { name: 'Allow' }).click();
}
