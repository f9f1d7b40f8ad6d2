import { SignJWT, generateKeyPair } from 'jose';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import { createPendingLoginStore } from '@/lib/storage/pending-login-store';
import { createTokenStore } from '@/lib/storage/token-store';
import { createUserStore } from '@/lib/storage/user-store';
import type { AppConfig } from '@/config/schema';

// Test helpers for the auth client (not imported by app code).

export const CLIENT_ID = '7fb58e00-839d-44e3-8047-10a502612dca';
export const AUTH_BASE = 'https://auth.globus.org';

export const testConfig = (overrides: Partial<AppConfig> = {}): AppConfig => ({
  clientId: CLIENT_ID,
  redirectUri: 'https://portal.example.edu/app/',
  authBaseUrl: AUTH_BASE,
  transferBaseUrl: 'https://transfer.api.globus.org/v0.10/',
  groupsBaseUrl: 'https://groups.api.globus.org/v2/',
  webAppBaseUrl: 'https://app.globus.org',
  appName: 'Test portal',
  requestRefreshTokens: true,
  helperPortalOrigins: [],
  collectionDomains: ['*.data.globus.org'],
  ...overrides,
});

let counter = 0;
export function freshStores() {
  counter += 1;
  return {
    tokens: createTokenStore(createKeyValueStore(`t-tokens-${counter}`)),
    pending: createPendingLoginStore(createKeyValueStore(`t-pending-${counter}`)),
    user: createUserStore(createKeyValueStore(`t-user-${counter}`)),
  };
}

let keys: ReturnType<typeof generateKeyPair> | undefined;

/** An RS512 id_token shaped like Globus's (docs/protocol/auth.md#id-token). */
export async function signIdToken(claims: Record<string, unknown>, issuer = AUTH_BASE): Promise<string> {
  const { privateKey } = await (keys ??= generateKeyPair('RS512'));
  return new SignJWT({
    preferred_username: 'ada@example.edu',
    name: 'Ada Lovelace',
    email: 'ada@example.edu',
    identity_set: [{ sub: 'id-1', username: 'ada@example.edu', name: 'Ada Lovelace' }],
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS512', typ: 'JWT' })
    .setIssuer(issuer)
    .setAudience(CLIENT_ID)
    .setSubject((claims.sub as string | undefined) ?? 'id-1')
    .setIssuedAt()
    .setExpirationTime('2h')
    .sign(privateKey);
}

/** A minimal Location/History pair that records replaceState calls. */
export function fakeBrowser(href: string) {
  const loc = { href };
  const location = {
    get href() {
      return loc.href;
    },
    get search() {
      return new URL(loc.href).search;
    },
    get hash() {
      return new URL(loc.href).hash;
    },
  } as unknown as Location;
  const history = {
    state: null,
    replaceState(_state: unknown, _title: string, url: string) {
      loc.href = new URL(url, loc.href).href;
    },
  } as unknown as History;
  return { location, history, currentHref: () => loc.href };
}

export type RecordedRequest = { url: string; method: string; form: URLSearchParams };

function formOf(init: RequestInit | undefined): URLSearchParams {
  const body = init?.body;
  if (body instanceof URLSearchParams) return body;
  if (typeof body === 'string') return new URLSearchParams(body);
  return new URLSearchParams();
}

/** Async like reading a real request body, so tests read the form the same way whatever the body type. */
export function readForm(init: RequestInit | undefined): Promise<URLSearchParams> {
  return Promise.resolve(formOf(init));
}

/** The URL a fetch was called with, whichever of its three forms the caller used. */
export function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}
