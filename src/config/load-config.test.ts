import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from '@/config/load-config';

const location = { origin: 'https://data.example.edu', pathname: '/portal/index.html' };
const CLIENT_ID = '0c6d7a39-6e3a-4b7c-9f3e-2f7f1b8e9a10';

function serve(body: string, status = 200): typeof fetch {
  return async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
}

describe('loadConfig', () => {
  it('applies defaults and normalises base URLs', async () => {
    const body = JSON.stringify({
      clientId: CLIENT_ID,
      transferBaseUrl: 'http://127.0.0.1:8787/v0.10',
      groupsBaseUrl: 'http://127.0.0.1:8787/v2//',
      authBaseUrl: 'http://127.0.0.1:8787/',
    });
    const result = await loadConfig('config.json', location, serve(body));
    expect(result).toEqual({
      ok: true,
      config: {
        clientId: CLIENT_ID,
        redirectUri: 'https://data.example.edu/portal/index.html',
        authBaseUrl: 'http://127.0.0.1:8787',
        transferBaseUrl: 'http://127.0.0.1:8787/v0.10/',
        groupsBaseUrl: 'http://127.0.0.1:8787/v2/',
        webAppBaseUrl: 'https://app.globus.org',
        appName: 'Globus file manager',
        requestRefreshTokens: true,
        helperPortalOrigins: [],
        collectionDomains: ['*.data.globus.org'],
      },
    });
  });

  it('names an unknown setting and the one it most likely meant', () => {
    const result = parseConfig({ clientId: CLIENT_ID, clientID: 'x', portals: [] }, 'config.json', location);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(['clientID', 'portals']);
    expect(result.problems[0]!.message).toMatch(/did you mean “clientId”/);
  });

  it('refuses a redirect URI on another host, and IPv6 loopback the page policy cannot name', () => {
    const other = parseConfig({ clientId: CLIENT_ID, redirectUri: 'https://elsewhere.example.org/' }, 'c', location);
    expect(!other.ok && other.problems[0]).toMatchObject({
      field: 'redirectUri',
      message: expect.stringMatching(/served from https:\/\/data.example.edu/),
    });
    const v6 = parseConfig({ clientId: CLIENT_ID, authBaseUrl: 'http://[::1]:8787' }, 'c', location);
    expect(!v6.ok && v6.problems[0]?.field).toBe('authBaseUrl');
  });

  it('reads the portal allow-list and the collection domains, refusing paths and plain http', () => {
    const ok = parseConfig(
      {
        clientId: CLIENT_ID,
        helperPortalOrigins: ['https://Portal.example.org', 'https://*.lab.example.net'],
        collectionDomains: ['*.data.example.edu'],
      },
      'c',
      location,
    );
    expect(ok.ok && ok.config.helperPortalOrigins).toEqual(['https://portal.example.org', 'https://*.lab.example.net']);
    expect(ok.ok && ok.config.collectionDomains).toEqual(['*.data.example.edu']);
    const bad = parseConfig(
      {
        clientId: CLIENT_ID,
        helperPortalOrigins: ['http://portal.example.org', 'https://p.org/path'],
        collectionDomains: 'x',
      },
      'c',
      location,
    );
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['helperPortalOrigins', 'collectionDomains']);
  });

  it('uses the real Globus hosts by default', async () => {
    const result = await loadConfig('config.json', location, serve(JSON.stringify({ clientId: CLIENT_ID })));
    if (!result.ok) throw new Error(result.message);
    expect(result.config.authBaseUrl).toBe('https://auth.globus.org');
    expect(result.config.transferBaseUrl).toBe('https://transfer.api.globus.org/v0.10/');
    expect(result.config.groupsBaseUrl).toBe('https://groups.api.globus.org/v2/');
  });

  it('names a missing clientId', async () => {
    const result = await loadConfig('config.json', location, serve(JSON.stringify({ appName: 'x' })));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.file).toBe('config.json');
    expect(result.problems.map((p) => p.field)).toEqual(['clientId']);
    expect(result.message).toContain('clientId');
  });

  it('rejects an empty clientId (the shipped placeholder)', () => {
    const result = parseConfig({ clientId: '' }, 'config.json', location);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.field).toBe('clientId');
  });

  it('names every field with a wrong type', async () => {
    const body = JSON.stringify({
      clientId: CLIENT_ID,
      requestRefreshTokens: 'yes',
      transferBaseUrl: 12,
      authBaseUrl: 'http://auth.example.org',
    });
    const result = await loadConfig('config.json', location, serve(body));
    if (result.ok) throw new Error('expected failure');
    expect(result.problems.map((p) => p.field).sort()).toEqual([
      'authBaseUrl',
      'requestRefreshTokens',
      'transferBaseUrl',
    ]);
    expect(result.problems.find((p) => p.field === 'requestRefreshTokens')?.message).toMatch(/true or false/);
  });

  it('reports a missing file with its name and status', async () => {
    const result = await loadConfig('config.json', location, serve('not found', 404));
    if (result.ok) throw new Error('expected failure');
    expect(result.file).toBe('config.json');
    expect(result.message).toContain('404');
    expect(result.problems).toEqual([]);
  });

  it('reports a network failure', async () => {
    const result = await loadConfig('config.json', location, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(result.ok).toBe(false);
  });

  it('reports a file that is not JSON', async () => {
    const result = await loadConfig('config.json', location, serve('{ clientId: nope'));
    if (result.ok) throw new Error('expected failure');
    expect(result.message).toMatch(/not valid JSON/);
  });

  it('rejects JSON that is not an object', () => {
    expect(parseConfig([1, 2], 'config.json', location).ok).toBe(false);
  });

  it('keeps an explicit redirectUri', () => {
    const result = parseConfig(
      { clientId: CLIENT_ID, redirectUri: 'https://data.example.edu/portal/' },
      'config.json',
      location,
    );
    expect(result.ok && result.config.redirectUri).toBe('https://data.example.edu/portal/');
  });
});
