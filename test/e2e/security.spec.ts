/**
 * Security properties a deployer relies on: tokens never leave IndexedDB (no Web Storage, cookies, URLs or
 * console), the login callback accepts only the login this browser started, once, the built page's policy
 * allows no inline script and holds nothing the browser rejects, and no other web page can drive the emulator.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { filesLink, gridAt } from './file-manager-helpers';
import { openThroughLoginPages } from './login-helpers';
import { COLLECTIONS, PATHS } from '../emulator/seed/ids';

const tutorial = COLLECTIONS.tutorial1;

/** Every token Globus Auth hands the app, and every URL, console line and CSP report the browser sees. */
function watch(context: BrowserContext) {
  const tokens = new Set<string>();
  const urls: string[] = [];
  const consoleLines: string[] = [];
  const reading: Promise<void>[] = [];
  context.on('request', (req) => urls.push(req.url()));
  context.on('response', (res) => {
    if (!res.url().endsWith('/v2/oauth2/token') || res.status() !== 200) return;
    reading.push(
      res.json().then((doc: { access_token?: string; refresh_token?: string; other_tokens?: object[] }) => {
        for (const t of [doc, ...(doc.other_tokens ?? [])] as { access_token?: string; refresh_token?: string }[]) {
          if (t.access_token) tokens.add(t.access_token);
          if (t.refresh_token) tokens.add(t.refresh_token);
        }
      }),
    );
  });
  const onPage = (page: Page) => {
    page.on('console', (msg) => consoleLines.push(msg.text()));
    page.on('pageerror', (err) => consoleLines.push(String(err)));
    page.on('framenavigated', (frame) => urls.push(frame.url()));
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return {
    urls,
    consoleLines,
    tokens: async () => {
      await Promise.all(reading);
      return [...tokens];
    },
  };
}

test('no token appears in Web Storage, cookies, URLs or the console through login, faults and logout; the policy holds', async ({
  page,
  env,
}) => {
  const seen = watch(page.context());
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await openThroughLoginPages(page, filesLink(env.appUrl, { originId: tutorial.id, originPath: PATHS.godata }));
  await expect(gridAt(page, PATHS.godata)).toBeVisible();

  // Faults: a rate limit, a server error, expired tokens (a refresh), the network gone and back.
  await env.control('faults', { path: '/v0.10/operation/endpoint/*/ls', status: 429, retryAfter: 1, times: 1 });
  await env.control('faults', { path: '/v0.10/operation/endpoint/*/ls', status: 503, times: 1 });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(gridAt(page, PATHS.godata).getByRole('row', { name: /file1\.txt/ })).toBeVisible();
  await env.control('tokens/expire', {});
  const refreshed = page.waitForResponse((r) => r.url().includes('/ls?') && r.status() === 200);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await refreshed;
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Refresh' }).click();
  await page.context().setOffline(false);
  await expect(gridAt(page, PATHS.godata).getByRole('row', { name: /file1\.txt/ })).toBeVisible();

  const storage = async () =>
    page.evaluate(() => {
      const all = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k) ?? ''}`);
      return [...all(localStorage), ...all(sessionStorage)].join('\n');
    });
  const beforeLogout = await storage();
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByText(/Logged out of/)).toBeVisible();
  await page.goto(env.appUrl);
  await expect(page.getByRole('button', { name: 'Log in with Globus' })).toBeVisible();

  const tokens = await seen.tokens();
  // Login, and the refresh after the expiry, each handed out tokens.
  expect(tokens.length).toBeGreaterThan(3);
  const cookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('\n');
  const places = {
    storage: `${beforeLogout}\n${await storage()}`,
    cookies,
    urls: seen.urls.join('\n'),
    console: seen.consoleLines.join('\n'),
  };
  for (const [place, text] of Object.entries(places)) {
    for (const token of tokens) expect(text.includes(token), `a token in ${place}`).toBe(false);
  }
  // The policy in force: nothing refused, no source the browser could not parse.
  expect(seen.consoleLines.filter((l) => /Content Security Policy|CSP violation|Refused to/i.test(l))).toEqual([]);

  // The built page itself: a policy in a meta tag, no inline script, scripts only from the app.
  const html = await readFile(new URL('../../dist/index.html', import.meta.url), 'utf8');
  const policy = (/<meta[^>]+http-equiv="Content-Security-Policy"[^>]+content="([^"]+)"/.exec(html)?.[1] ?? '')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
  expect(policy).toMatch(/script-src 'self'(;|$)/);
  expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|data:[^;]*script/);
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="\.\//);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+="/i);
});

test('the login callback refuses a mismatched state and a replayed code', async ({ page, env }) => {
  const callbacks: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame.url().startsWith(env.appUrl) && new URL(frame.url()).searchParams.has('code'))
      callbacks.push(frame.url());
  });
  await openThroughLoginPages(page, filesLink(env.appUrl, { originId: tutorial.id, originPath: PATHS.godata }));
  await expect(gridAt(page, PATHS.godata)).toBeVisible();
  const callback = callbacks[0];
  expect(callback).toBeDefined();

  const refused = async (url: string) => {
    const tokenRequests: string[] = [];
    const onRequest = (req: { url(): string }) => {
      if (req.url().endsWith('/v2/oauth2/token')) tokenRequests.push(req.url());
    };
    page.on('request', onRequest);
    await page.goto(url);
    await expect(page.getByText('This login could not be completed')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log in again' })).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    page.off('request', onRequest);
    // Refused in the browser: the code never went to Globus Auth.
    expect(tokenRequests).toEqual([]);
  };
  // The same code again (its login was used up), then with a state this browser never issued.
  await refused(callback!);
  const forged = new URL(callback!);
  forged.searchParams.set('state', 'not-the-state-we-sent');
  await refused(forged.href);
});

test('a web page from another origin cannot drive the emulator’s control API', async ({ page, env }) => {
  // A rule that a reset would clear, and tokens a revoke would kill.
  await env.control('faults', { path: '/never/used/*', status: 500, times: -1 });
  await openThroughLoginPages(page, filesLink(env.appUrl, { originId: tutorial.id, originPath: PATHS.godata }));
  await expect(gridAt(page, PATHS.godata)).toBeVisible();

  // The same static host under another name is another origin, one the emulator has not registered.
  const elsewhere = env.appUrl.replace('127.0.0.1', 'localhost');
  await page.goto(elsewhere);
  const outcomes = await page.evaluate(async (control) => {
    const attempt = (init: RequestInit, path: string) =>
      fetch(`${control}${path}`, init).then(
        (r) => (r.type === 'opaque' ? 'opaque' : String(r.status)),
        () => 'blocked',
      );
    return Promise.all([
      attempt({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }, 'reset'),
      attempt({ method: 'POST', mode: 'no-cors', body: '{}' }, 'reset'),
      attempt({ method: 'POST', mode: 'no-cors', body: '{}' }, 'tokens/revoke'),
      attempt({}, 'state'),
    ]);
  }, `${env.emulatorUrl}/__emulator/`);
  // A JSON POST needs a preflight the emulator refuses; the simple ones reach it and are refused unread.
  expect(outcomes).toEqual(['blocked', 'opaque', 'opaque', 'blocked']);
  const faults = (await env.control('faults')) as { faults: { path: string }[] };
  expect(faults.faults.map((f) => f.path)).toContain('/never/used/*');

  // The app itself keeps working: its tokens were not revoked.
  await page.goto(filesLink(env.appUrl, { originId: tutorial.id, originPath: PATHS.godata }));
  await expect(gridAt(page, PATHS.godata).getByRole('row', { name: /file1\.txt/ })).toBeVisible();
});
