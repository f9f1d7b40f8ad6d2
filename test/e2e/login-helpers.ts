// Two ways into the app as a logged-in user: through Globus Auth's pages (the tests about logging in), or
// straight in with what such a login leaves behind (every other test: the pages cost seconds per login).
import type { Page } from '@playwright/test';
import { baseScopes } from '../../src/lib/auth/scopes';
import { tokensOf } from '../../src/lib/auth/token-response';
import { DB_PREFIX } from '../../src/lib/storage/kv-store';
import { toTokenRecord, type TokenRecord } from '../../src/lib/storage/token-store';
import type { UserRecord } from '../../src/lib/storage/user-store';
import { E2E_CLIENT_ID, loginOnEmulator, type E2EEnv } from './fixtures';

/** Opens `url` logged out, presses "Log in with Globus" and goes through the emulator's login and consent pages. */
export async function openThroughLoginPages(page: Page, url: string, username = 'alice@example.org') {
  await page.goto(url);
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await loginOnEmulator(page, username);
}

interface Issued {
  tokens: { id_token: string } & Record<string, unknown>;
  sessionCookie: { name: string; value: string };
}

/**
 * Opens `url` with `username` logged in, without Globus Auth's pages: the emulator issues what a finished login
 * leaves (its browser session, the consents, the token response), and the app's IndexedDB stores get the records
 * its login callback makes of that response, before the app's first script runs. The app reads them as its
 * own: a record it did not accept would show the sign-in screen instead of `url`.
 */
export async function openLoggedIn(page: Page, env: E2EEnv, url: string, username = 'alice@example.org') {
  // The scopes the app's first login asks for (the emulator's config asks for refresh tokens).
  const scopes = baseScopes(true);
  const issued = (await env.control('tokens/issue', {
    identity: username,
    clientId: E2E_CLIENT_ID,
    scope: scopes.join(' '),
  })) as Issued;
  const now = Date.now();
  const tokens = tokensOf(issued.tokens).map((token) => toTokenRecord(token, now));
  const claims = JSON.parse(Buffer.from(issued.tokens.id_token.split('.')[1]!, 'base64url').toString()) as {
    sub: string;
  };
  const user: UserRecord = { claims, scopes };
  const { name, value } = issued.sessionCookie;
  await page.context().addCookies([{ name, value, url: env.emulatorUrl, httpOnly: true, sameSite: 'Lax' }]);
  // Any page of the app's origin shares its IndexedDB; config.json loads no app script.
  await page.goto(`${env.appUrl}config.json`);
  await page.evaluate(writeLoginRecords, { prefix: DB_PREFIX, tokens, user });
  await page.goto(url);
}

/**
 * In the page: the token records by resource server and the user record under `current`, in the databases the
 * app's stores open (src/lib/storage/token-store.ts, user-store.ts, kv-store.ts: `<prefix>-<name>`).
 */
async function writeLoginRecords({
  prefix,
  tokens,
  user,
}: {
  prefix: string;
  tokens: TokenRecord[];
  user: UserRecord;
}) {
  const put = (name: string, entries: [string, unknown][]) =>
    new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(`${prefix}-${name}`);
      open.onupgradeneeded = () => open.result.createObjectStore(name);
      open.onerror = () => reject(open.error ?? new Error(`cannot open ${name}`));
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(name, 'readwrite');
        for (const [key, value] of entries) tx.objectStore(name).put(value, key);
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error ?? new Error(`cannot write ${name}`));
      };
    });
  await put(
    'tokens',
    tokens.map((record) => [record.resource_server, record]),
  );
  await put('user', [['current', user]]);
}
