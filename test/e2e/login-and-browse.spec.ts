import { test, expect, storedTokenCount, loginOnEmulator } from './fixtures';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';

const tutorial = COLLECTIONS.tutorial1;

function deepLink(appUrl: string, collectionId: string, path: string): string {
  const q = new URLSearchParams({ origin_id: collectionId, origin_path: path });
  return `${appUrl}#/files?${q}`;
}

test('a deep link survives the login round trip, reloads stay logged in, logout empties the token store', async ({
  page,
  env,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const fileManagerCode = (path: string) => /\/files-route-[^/]*\.js$/.test(path);
  await page.goto(deepLink(env.appUrl, tutorial.id, PATHS.godata));

  // A new user sees the sign-in screen, not the listing, and does not download the file manager's code:
  // Log in leaves the page and comes back to a new page load.
  await expect(page.getByRole('button', { name: 'Log in with Globus' })).toBeVisible();
  expect(scripts.filter(fileManagerCode)).toEqual([]);
  await page.getByRole('button', { name: 'Log in with Globus' }).click();

  // The emulator's Globus Auth page: choose an identity, then consent.
  await loginOnEmulator(page, 'alice@example.org');

  // Back in the app, on the folder the link named.
  const grid = page.getByRole('grid', { name: new RegExp(PATHS.godata.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await expect(grid).toBeVisible();
  await expect(page.getByRole('row', { name: /Ωmega data #1 ü/ })).toBeVisible();
  expect(scripts.some(fileManagerCode)).toBe(true);
  expect(page.url()).not.toMatch(/[?&](code|state)=/);
  expect(new URL(page.url()).search).toBe('');

  // Reload: still logged in, same folder.
  await page.reload();
  await expect(grid).toBeVisible();
  await expect(page.getByRole('button', { name: 'Log in with Globus' })).toHaveCount(0);

  // Open the folder whose name has a space, '#' and non-ASCII characters.
  await page.getByRole('row', { name: /Ωmega data #1 ü/ }).dblclick();
  await expect(page.getByRole('grid', { name: /Ωmega data #1 ü/ })).toBeVisible();
  const hash = new URL(page.url()).hash;
  const params = new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
  expect(params.get('origin_path')).toBe(PATHS.special);
  expect(params.get('origin_id')).toBe(tutorial.id);
  await expect(page.getByRole('textbox', { name: 'Path' })).toHaveValue(PATHS.special);

  // Log out: every token is revoked and the store emptied, then Globus's logout page.
  expect(await storedTokenCount(page)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByText(/Logged out of/)).toBeVisible();
  await page.goto(env.appUrl);
  await expect(page.getByRole('button', { name: 'Log in with Globus' })).toBeVisible();
  expect(await storedTokenCount(page)).toBe(0);
});

test('a callback with a wrong state shows an error with "Log in again" and stores nothing', async ({ page, env }) => {
  await page.goto(`${env.appUrl}?code=forged-code&state=forged-state`);
  await expect(page.getByRole('button', { name: 'Log in again' })).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  expect(await storedTokenCount(page)).toBe(0);
});

test('an unknown collection id in a link says so and offers the collection picker', async ({ page, env }) => {
  await page.goto(deepLink(env.appUrl, '00000000-dead-4000-8000-000000000000', '/'));
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await loginOnEmulator(page, 'bob@example.org');
  await expect(page.getByText(/not found|doesn.t exist|does not exist/i).first()).toBeVisible();
});

test('a session revoked mid-work: a notice over the page, and logging in again returns to the same panes and selection', async ({
  page,
  env,
}) => {
  await page.goto(deepLink(env.appUrl, tutorial.id, PATHS.godata));
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await loginOnEmulator(page, 'alice@example.org');
  const row = page.getByRole('row', { name: /file2\.txt/ });
  await row.click();
  await expect(row).toHaveAttribute('aria-selected', 'true');

  // Every token is revoked (e.g. by the user elsewhere); the next request finds out.
  await env.control('tokens/revoke', {});
  await page.getByRole('button', { name: 'Refresh' }).click();
  const notice = page.getByRole('alert', { name: 'Your session has ended' });
  await expect(notice).toBeVisible();
  // The page is still there underneath.
  await expect(page.getByRole('region', { name: `${tutorial.name} pane` })).toBeVisible();

  // Globus still has the browser's login session and the consent, so it sends the user straight back.
  await notice.getByRole('button', { name: 'Log in again' }).click();
  await expect(page.getByRole('alert', { name: 'Your session has ended' })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /file2\.txt/ })).toHaveAttribute('aria-selected', 'true');
  const hash = new URL(page.url()).hash;
  expect(new URLSearchParams(hash.slice(hash.indexOf('?') + 1)).get('origin_path')).toBe(PATHS.godata);
});
