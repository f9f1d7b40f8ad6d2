/**
 * Browser-less login against a running emulator over real HTTP (fetch): authorize page →
 * identity button → consent → code → PKCE token exchange. Used by benches and socket-level
 * tests; in-process tests use tests/harness.ts instead.
 */
import { createHash, randomBytes } from 'node:crypto';
import { DEV_CLIENT_ID } from './seed/ids';

export const HTTP_LOGIN_REDIRECT = 'http://localhost:5173/';

/** Returns the token response document (other_tokens included). */
export async function httpLogin(
  baseUrl: string,
  identityId: string,
  scope: string,
  clientId = DEV_CLIENT_ID,
  redirectUri = HTTP_LOGIN_REDIRECT,
): Promise<any> {
  const verifier = randomBytes(32).toString('base64url');
  const q = new URLSearchParams({
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope,
    state: 'x',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  let res = await fetch(`${baseUrl}/v2/oauth2/authorize?${q}`, { redirect: 'manual' });
  let cookie = '';
  for (let i = 0; i < 4 && res.status === 200; i++) {
    const html = await res.text();
    const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
    if (!requestId) throw new Error(`unexpected login page: ${html.slice(0, 200)}`);
    const login = html.includes('/v2/oauth2/authorize/login');
    const body = new URLSearchParams(
      login ? { request_id: requestId, identity: identityId } : { request_id: requestId, decision: 'allow' },
    );
    res = await fetch(`${baseUrl}/v2/oauth2/authorize/${login ? 'login' : 'consent'}`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
  }
  const code = new URL(res.headers.get('location') ?? 'x:/').searchParams.get('code');
  if (!code) throw new Error(`login did not return a code (status ${res.status})`);
  const tokenRes = await fetch(`${baseUrl}/v2/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      client_id: clientId,
      code_verifier: verifier,
    }),
  });
  const doc = await tokenRes.json();
  if (tokenRes.status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(doc)}`);
  return doc;
}

export function tokenForResourceServer(doc: any, rs: string): string {
  const t = [doc, ...(doc.other_tokens ?? [])].find((d: any) => d.resource_server === rs);
  if (!t) throw new Error(`no token for ${rs}`);
  return t.access_token as string;
}
