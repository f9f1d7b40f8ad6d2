/**
 * Test harness: an in-process emulator driven through `app.request()`, plus a full
 * browser-less login (authorize page → identity button → consent → code → token).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createEmulator, type EmulatorOptions } from '../app';
import { DEV_CLIENT_ID, IDENTITIES, type IdentityKey } from '../seed/ids';

export const REDIRECT = 'http://localhost:5173/';
export const BASE = 'http://emulator.test';

export type Harness = ReturnType<typeof harness>;

export function harness(opts: EmulatorOptions = {}) {
  const { app, emu } = createEmulator({ baseUrl: BASE, startTime: 1_750_000_000, ...opts });
  let cookie = '';
  const request = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
    const res = await app.request(BASE + path, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0]!;
    return res;
  };
  const json = async (path: string, token?: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    if ((init.body || init.method === 'POST') && !headers.has('content-type'))
      headers.set('content-type', 'application/json');
    const res = await request(path, { ...init, headers });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
  };
  const form = (path: string, fields: Record<string, string>) =>
    request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  /** Runs the authorize flow; returns the redirect URL the browser would land on. */
  async function authorize(p: {
    identity?: IdentityKey;
    scope: string;
    verifier: string;
    extra?: Record<string, string>;
    consent?: 'allow' | 'deny';
    clientId?: string;
    redirectUri?: string;
  }): Promise<URL> {
    const q = new URLSearchParams({
      client_id: p.clientId ?? DEV_CLIENT_ID,
      redirect_uri: p.redirectUri ?? REDIRECT,
      response_type: 'code',
      scope: p.scope,
      state: 'st4te',
      code_challenge: createHash('sha256').update(p.verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ...p.extra,
    });
    let res = await request(`/v2/oauth2/authorize?${q}`);
    for (let step = 0; step < 4; step++) {
      if (res.status === 302 || res.status === 303) return new URL(res.headers.get('location')!);
      const html = await res.text();
      const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
      if (!requestId) throw new Error(`unexpected page (${res.status}): ${html.slice(0, 300)}`);
      if (html.includes('/v2/oauth2/authorize/login')) {
        res = await form('/v2/oauth2/authorize/login', {
          request_id: requestId,
          identity: IDENTITIES[p.identity ?? 'alice'].id,
        });
      } else {
        res = await form('/v2/oauth2/authorize/consent', { request_id: requestId, decision: p.consent ?? 'allow' });
      }
    }
    throw new Error('authorize flow did not finish');
  }

  /** Full login; returns the token response document. */
  async function login(
    identity: IdentityKey = 'alice',
    scope = 'openid profile email urn:globus:auth:scope:transfer.api.globus.org:all urn:globus:auth:scope:groups.api.globus.org:all',
    extra: Record<string, string> = {},
    keepSession = false,
  ) {
    // A fresh browser per login unless asked: an existing session would skip the identity choice.
    if (!keepSession) cookie = '';
    const verifier = randomBytes(32).toString('base64url');
    const back = await authorize({ identity, scope, verifier, extra });
    const code = back.searchParams.get('code');
    if (!code) throw new Error(`login failed: ${back.toString()}`);
    const res = await form('/v2/oauth2/token', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: DEV_CLIENT_ID,
      code_verifier: verifier,
    });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
    return body;
  }

  /** The access token for a resource server out of a token response. */
  function tokenFor(doc: any, rs: string): string {
    const all = [doc, ...(doc.other_tokens ?? [])];
    const t = all.find((d: any) => d.resource_server === rs);
    if (!t) throw new Error(`no token for ${rs}`);
    return t.access_token;
  }

  return { app, emu, request, json, form, authorize, login, tokenFor, clearCookies: () => (cookie = '') };
}
