/**
 * Faults the app must live through: a damaged login record, the network going away and coming back,
 * and two tabs whose tokens expire together while Globus Auth rotates refresh tokens.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { filesLink, gridAt } from './file-manager-helpers';
import { openLoggedIn } from './login-helpers';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';

const tutorial = COLLECTIONS.tutorial1;

/** Writes `value` under `key` in the app's IndexedDB token store, as a damaged or old record would sit there. */
async function putTokenRecord(page: Page, key: string, value: unknown) {
  await page.evaluate(
    ({ key, value }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('globus-client-tokens');
        open.onerror = () => reject(open.error ?? new Error('cannot open the token store'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('tokens', 'readwrite');
          tx.objectStore('tokens').put(value, key);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('cannot write the token store'));
        };
      }),
    { key, value },
  );
}

test('a damaged token record reads as logged out: the normal sign-in screen, and signing in again works', async ({
  page,
  env,
}) => {
  const link = filesLink(env.appUrl, { originId: tutorial.id, originPath: PATHS.godata });
  await openLoggedIn(page, env, link);
  await expect(gridAt(page, PATHS.godata)).toBeVisible();

  await putTokenRecord(page, 'transfer.api.globus.org', null);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Log in with Globus' })).toBeVisible();
  await expect(page.getByText(/Could not read your login state/)).toHaveCount(0);

  // The Globus session is still there, so the login comes straight back to the same folder.
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await expect(gridAt(page, PATHS.godata)).toBeVisible();
  await expect(page.getByRole('row', { name: /file1\.txt/ })).toBeVisible();
});

test('offline: one notice for the whole app, another folder shows its own failure, and it lists by itself once back', async ({
  page,
  env,
}) => {
  await openLoggedIn(page, env, filesLink(env.appUrl, { originId: tutorial.id, originPath: PATHS.share }));
  const share = gridAt(page, PATHS.share);
  const godataRow = share.getByRole('row', { name: /godata/ });
  await expect(godataRow).toBeVisible();
  const notice = page.getByText('No network connection.');
  await expect(notice).toHaveCount(0);

  await page.context().setOffline(true);
  await expect(notice).toBeVisible();
  await godataRow.dblclick();
  await expect(page.getByRole('textbox', { name: 'Path' })).toHaveValue(PATHS.godata);
  // The new folder's failure, not /share/'s rows under /share/godata/.
  await expect(page.getByText('No connection to Globus')).toBeVisible();
  await expect(page.getByRole('row', { name: /godata/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /file1\.txt/ })).toHaveCount(0);

  await page.context().setOffline(false);
  await expect(gridAt(page, PATHS.godata).getByRole('row', { name: /file1\.txt/ })).toBeVisible();
  await expect(notice).toHaveCount(0);
  await expect(page.getByText('No connection to Globus')).toHaveCount(0);
});

test('two tabs whose tokens expire together make one refresh, and both keep working with rotating refresh tokens', async ({
  page,
  env,
}) => {
  const link = filesLink(env.appUrl, { originId: tutorial.id, originPath: PATHS.godata });
  await openLoggedIn(page, env, link);
  await expect(gridAt(page, PATHS.godata)).toBeVisible();
  const second = await page.context().newPage();
  await second.goto(link);
  await expect(gridAt(second, PATHS.godata)).toBeVisible();

  // Every refresh token the two tabs send, and Auth's answers.
  const sent: string[] = [];
  const answers: number[] = [];
  page.context().on('request', (req) => {
    if (!req.url().endsWith('/v2/oauth2/token')) return;
    const form = new URLSearchParams(req.postData() ?? '');
    if (form.get('grant_type') === 'refresh_token') sent.push(form.get('refresh_token') ?? '');
  });
  page.context().on('response', (res) => {
    if (res.url().endsWith('/v2/oauth2/token')) answers.push(res.status());
  });

  await env.control('tokens/rotation', { enabled: true });
  await env.control('tokens/expire', {});
  const listed = (p: Page) =>
    p.waitForResponse((r) => r.url().includes(`/endpoint/${tutorial.id}/ls`) && r.status() === 200);
  const bothListed = Promise.all([listed(page), listed(second)]);
  await Promise.all([
    page.getByRole('button', { name: 'Refresh' }).click(),
    second.getByRole('button', { name: 'Refresh' }).click(),
  ]);
  await bothListed;

  for (const p of [page, second]) {
    await expect(gridAt(p, PATHS.godata).getByRole('row', { name: /file1\.txt/ })).toBeVisible();
    await expect(p.getByRole('button', { name: 'Log in again' })).toHaveCount(0);
  }
  expect(sent.length).toBeGreaterThan(0);
  // A rotated refresh token works once: each one was sent by one tab only, and Auth accepted every refresh.
  expect(new Set(sent).size).toBe(sent.length);
  expect(answers.every((s) => s === 200)).toBe(true);
});
