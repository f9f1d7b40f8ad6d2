/**
 * Helper pages both ways and dataset links: Globus's browse-collections page choosing a transfer
 * destination, this app answering a portal as its helper page (GET and POST, allow-listed), and a
 * dataset link opened logged out. The portal side runs on a second deployment of the same build in
 * another sub-folder, with its own edited config.json.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, loginOnEmulator } from './fixtures';
import { filesLink, gridAt, hashParams } from './file-manager-helpers';
import { openLoggedIn } from './login-helpers';
import { serveStatic, type StaticSite } from './static-server';
import { emulatorAppConfig } from '../emulator/app-config';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PORTAL_CLIENT = 'e2e0c11e-0000-4000-8000-0000000000a2';
const { tutorial1, tutorial2 } = COLLECTIONS;

/** Every console error and uncaught exception while the page shows the app (not the emulator's Globus pages). */
function consoleErrors(page: Page, appUrl: string): string[] {
  const errors: string[] = [];
  const inApp = () => page.url().startsWith(appUrl);
  // The browser's own /favicon.ico request for a page without an icon (the login helper's config.json page)
  // is not the app's: the app names its icon in index.html.
  const browsersFavicon = (url: string) => new URL(url, appUrl).pathname === '/favicon.ico';
  page.on('console', (m) => {
    if (m.type() === 'error' && inApp() && !browsersFavicon(m.location().url)) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** A portal's receiving page: shows what arrived, by GET (query) or POST (form body), as JSON. */
async function startReceiver(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const fields = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
      const got = JSON.stringify({ method: req.method, path: url.pathname, fields: [...fields] });
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Portal</title><pre id="got">${got.replace(/</g, '\\u003c')}</pre>`);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

async function received(page: Page): Promise<{ method: string; path: string; fields: Record<string, string> }> {
  const got = JSON.parse((await page.locator('#got').textContent()) ?? '{}') as {
    method: string;
    path: string;
    fields: [string, string][];
  };
  return { ...got, fields: Object.fromEntries(got.fields) };
}

test('Globus’s browse page picks a transfer destination; the dialog comes back with everything typed', async ({
  page,
  env,
}) => {
  const errors = consoleErrors(page, env.appUrl);
  await openLoggedIn(
    page,
    env,
    filesLink(env.appUrl, {
      originId: tutorial1.id,
      originPath: PATHS.godata,
      destId: tutorial1.id,
      destPath: PATHS.share,
    }),
  );
  await gridAt(page, PATHS.godata)
    .getByRole('row', { name: /file1\.txt/ })
    .click();
  await page.keyboard.press('F5');
  const dialog = page.getByRole('dialog', { name: /Transfer/ });
  await dialog.getByLabel('Label').fill('Keep me: run #7');
  await dialog.getByLabel('Verify checksum after copying').uncheck();
  await dialog.getByRole('button', { name: 'Choose with Globus…' }).click();

  // The emulator's app.globus.org page: the browser already has a Globus session.
  await page.getByRole('link', { name: tutorial2.name }).click();
  const chosenPath = (await page.locator('p:has-text("Path:") code').textContent())!;
  await page.getByRole('button', { name: 'Submit' }).click();

  // Back in the same dialog, over the same panes.
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(tutorial2.name)).toBeVisible();
  await expect(dialog.getByLabel('Destination folder')).toHaveValue(chosenPath);
  await expect(dialog.getByLabel('Label')).toHaveValue('Keep me: run #7');
  await expect(dialog.getByLabel('Verify checksum after copying')).not.toBeChecked();
  expect(hashParams(page).get('origin_path')).toBe(PATHS.godata);
  expect(new URL(page.url()).search).toBe('');

  // Cancel on Globus's page comes back to the same dialog too.
  await dialog.getByRole('button', { name: 'Choose with Globus…' }).click();
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(dialog.getByLabel('Label')).toHaveValue('Keep me: run #7');
  await expect(dialog.getByLabel('Destination folder')).toHaveValue(chosenPath);
  expect(errors).toEqual([]);
});

test.describe('a second deployment in another folder answers portals as their helper page', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let site: StaticSite;

  test.beforeAll(async ({ env }) => {
    receiver = await startReceiver();
    site = await serveStatic({
      root: DIST,
      mountPath: '/labs/ice-cores/archive/',
      config: {
        ...emulatorAppConfig(env.emulatorUrl, PORTAL_CLIENT),
        appName: 'Ice core archive',
        helperPortalOrigins: [receiver.origin],
      },
    });
  });
  test.afterAll(async () => {
    await site.close();
    await receiver.close();
  });

  test('delivers by GET and by POST, refuses an action outside the allow-list, logs no console error', async ({
    page,
    env,
  }) => {
    await env.control('clients', { id: PORTAL_CLIENT, name: 'Ice core archive', redirectUris: [site.url] });
    const errors = consoleErrors(page, site.url);
    const ask = (method: string, extra: Record<string, string> = {}) =>
      new URLSearchParams({
        action: `${receiver.origin}/receive?from=portal`,
        method,
        cancelurl: `${receiver.origin}/cancelled`,
        folderlimit: '0',
        filelimit: '2',
        label: 'Cores & more',
        ...extra,
      });

    // A plain ?action=… on index.html, as a portal links it.
    await page.goto(`${site.url}?${ask('GET')}`);
    await expect(page).toHaveTitle('Ice core archive');
    expect(new URL(page.url()).hash.startsWith('#/browse?')).toBe(true);
    const summary = page.getByRole('region', { name: 'Request' });
    await expect(summary.getByLabel('Destination address')).toHaveText(`${receiver.origin}/receive?from=portal`);
    await page.getByRole('button', { name: 'Log in with Globus' }).click();
    await loginOnEmulator(page, 'alice@example.org');

    const pick = async () => {
      await page.getByLabel('Search collections').fill('Tutorial Collection 1');
      await page.getByRole('button', { name: new RegExp(tutorial1.name) }).click();
      await page.getByRole('button', { name: 'Open folder share' }).click();
      await page.getByRole('button', { name: 'Open folder godata' }).click();
      await page.getByLabel('Select file1.txt').check();
      await page.getByLabel('Select file2.txt').check();
      await page.getByLabel('Select file3.txt').click();
      await expect(page.getByText('You can choose at most 2 files.')).toBeVisible();
      await page.getByRole('button', { name: `Send to ${new URL(receiver.origin).host}` }).click();
    };
    await pick();
    let got = await received(page);
    expect(got).toMatchObject({ method: 'GET', path: '/receive' });
    expect(got.fields).toMatchObject({
      endpoint_id: tutorial1.id,
      'file[0]': 'file1.txt',
      'file[1]': 'file2.txt',
      label: 'Cores & more',
      action: `${receiver.origin}/receive?from=portal`,
      method: 'GET',
      folderlimit: '0',
    });
    // The folder as Transfer listed it (the home-relative form of the collection's default folder).
    expect(got.fields.path).toMatch(/\/share\/godata\/$/);
    expect(got.fields).not.toHaveProperty('folder[0]');

    await page.goto(`${site.url}#/browse?${ask('POST')}`);
    await pick();
    got = await received(page);
    expect(got.method).toBe('POST');
    expect(got.fields).toMatchObject({ endpoint_id: tutorial1.id, 'file[1]': 'file2.txt', method: 'POST' });

    // Not on the allow-list: explained, and no way to be sent there.
    await page.goto(`${site.url}#/browse?${ask('GET', { action: 'https://evil.example.net/steal' })}`);
    await expect(page.getByRole('alert', { name: 'This site is not allowed to receive your selection' })).toBeVisible();
    await expect(page.locator('a[href*="evil.example.net"], form[action*="evil.example.net"]')).toHaveCount(0);
    await page.goto(`${site.url}#/browse?${ask('GET', { action: 'javascript:alert(1)' })}`);
    await expect(page.getByRole('alert', { name: 'This request to choose files cannot be used' })).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test('a dataset link opened logged out lands on the same view after login and transfers from there', async ({
  page,
  env,
}) => {
  const link = new URLSearchParams([
    ['collection', tutorial1.id],
    ['path', PATHS.godata],
    ['title', 'Ice cores #1 (2024)'],
    ['description', 'Two sample files.'],
    ['doi', '10.5555/ice-1'],
    ['file', 'file1.txt'],
    ['file', 'file2.txt'],
  ]);
  await page.goto(`${env.appUrl}#/dataset?${link}`);
  await expect(page.getByRole('heading', { name: 'Ice cores #1 (2024)' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Files named by the link' })).toContainText('file2.txt');
  await page.getByRole('button', { name: 'Log in with Globus' }).click();
  await loginOnEmulator(page, 'alice@example.org');

  const files = page.getByRole('table', { name: 'Dataset files' });
  await expect(files.getByRole('row', { name: /file1\.txt/ })).toBeVisible();
  await expect(files.getByRole('row', { name: /file3\.txt/ })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '10.5555/ice-1' })).toHaveAttribute(
    'href',
    'https://doi.org/10.5555/ice-1',
  );

  // The destination is picked in this app, through its own browse page, and comes back here.
  await page.getByRole('button', { name: 'Choose destination…' }).click();
  await page.getByLabel('Search collections').fill('Tutorial Collection 2');
  await page.getByRole('button', { name: new RegExp(tutorial2.name) }).click();
  await expect(page.getByRole('table', { name: /^Contents of/ })).toBeVisible();
  await page.getByRole('button', { name: /^Send to / }).click();

  await expect(page.getByRole('heading', { name: 'Ice cores #1 (2024)' })).toBeVisible();
  await expect(page.getByText(`Destination: ${tutorial2.name}`)).toBeVisible();
  await page.getByRole('button', { name: 'Start transfer' }).click();
  await expect(page.getByText('Transfer started.')).toBeVisible();
  await page.getByRole('link', { name: 'Follow it in Activity' }).click();
  await expect(page).toHaveURL(/#\/activity\//);
});
