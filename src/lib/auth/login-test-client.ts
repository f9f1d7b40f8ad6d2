// Test helpers for the auth client's login flow (not imported by app code): a client whose Globus Auth
// answers an authorization-code exchange with tokens for three resource servers and records each request.
import { createAuthClient } from '@/lib/auth/auth-client';
import {
  AUTH_BASE,
  fakeBrowser,
  freshStores,
  json,
  readForm,
  signIdToken,
  testConfig,
  type RecordedRequest,
} from '@/lib/auth/auth-test-kit';

type LoginTestClient = ReturnType<typeof makeClient>;

/** An auth client talking to the fake Globus Auth; `idTokenNonce` picks the nonce its id_token carries. */
export function makeClient(options: { idTokenNonce?: (nonce: string) => string | undefined; href?: string } = {}) {
  const stores = freshStores();
  const browser = fakeBrowser(options.href ?? 'https://portal.example.edu/app/');
  const navigations: string[] = [];
  const requests: RecordedRequest[] = [];
  let authorizeNonce = '';
  const fetchImpl: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const form = await readForm(init);
    requests.push({ url, method: init?.method ?? 'GET', form });
    if (url === `${AUTH_BASE}/v2/oauth2/token` && form.get('grant_type') === 'authorization_code') {
      const nonce = options.idTokenNonce ? options.idTokenNonce(authorizeNonce) : authorizeNonce;
      return json({
        access_token: 'auth-AT',
        refresh_token: 'auth-RT',
        expires_in: 172800,
        token_type: 'Bearer',
        scope: 'openid profile email',
        resource_server: 'auth.globus.org',
        state: 'ignored',
        id_token: await signIdToken(nonce === undefined ? {} : { nonce }),
        other_tokens: [
          {
            access_token: 'transfer-AT',
            refresh_token: 'transfer-RT',
            expires_in: 172800,
            token_type: 'Bearer',
            scope: 'urn:globus:auth:scope:transfer.api.globus.org:all',
            resource_server: 'transfer.api.globus.org',
          },
          {
            access_token: 'groups-AT',
            expires_in: 3600,
            token_type: 'Bearer',
            scope: 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships',
            resource_server: 'groups.api.globus.org',
          },
        ],
      });
    }
    if (url === `${AUTH_BASE}/v2/oauth2/token/revoke`) return json({ active: false });
    return json({ error: 'unexpected' }, 500);
  };
  const now = Date.now();
  const client = createAuthClient(testConfig(), {
    fetch: fetchImpl,
    navigate: (u) => {
      navigations.push(u);
      const nonce = new URL(u).searchParams.get('nonce');
      if (nonce) authorizeNonce = nonce;
    },
    now: () => now,
    location: browser.location,
    history: browser.history,
    stores,
  });
  return { client, stores, browser, navigations, requests, now };
}

/** Runs login() and returns the authorize URL it navigated to. */
export async function startLogin(setup: LoginTestClient, opts: Parameters<LoginTestClient['client']['login']>[0]) {
  await setup.client.login(opts);
  const url = setup.navigations.at(-1);
  if (!url) throw new Error('login did not navigate');
  return new URL(url);
}

/** Simulates Globus Auth sending the browser back to the redirect URI. */
export function arriveAtCallback(setup: LoginTestClient, query: Record<string, string>) {
  const url = new URL('https://portal.example.edu/app/');
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  setup.browser.history.replaceState(null, '', url.href);
}

/** A whole login (login(), the trip to Globus Auth and back, the callback): the client is then logged in. */
export async function completeLogin(setup: LoginTestClient): Promise<void> {
  const authorize = await startLogin(setup, { returnTo: '#/' });
  arriveAtCallback(setup, { code: 'c', state: authorize.searchParams.get('state')! });
  await setup.client.completeLoginIfCallback();
}
