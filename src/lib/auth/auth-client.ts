import type * as oauth from 'oauth4webapi';
import { authPageUrl } from '@/lib/helper-pages/auth-pages';
import type { AppConfig } from '@/config/schema';
import { authorizationServer } from '@/lib/auth/authorization-server';
import type { OAuthCalls } from '@/lib/auth/oauth-calls';
import { authorizationRequestParameters } from '@/lib/auth/authorize-params';
import { OFFLINE_ACCESS, baseScopes, mergeScopes, splitScopes } from '@/lib/auth/scopes';
import { NetworkError } from '@/lib/globus/errors';
import { createPendingLoginStore } from '@/lib/storage/pending-login-store';
import { createTokenStore, isExpiring, toTokenRecord, type TokenStore } from '@/lib/storage/token-store';
import { tokensOf } from '@/lib/auth/token-response';
import { createUserStore, type UserStore } from '@/lib/storage/user-store';
import { asHashRoute, userInfoFromClaims } from '@/lib/auth/login-results';
import { isLoginReturn } from '@/lib/auth/login-return';

import type {
  AuthClient,
  AuthClientDeps,
  CallbackResult,
  GrantedScopes,
  LoginOptions,
  UserInfo,
} from '@/lib/auth/auth-client-types';

export type {
  AuthClient,
  AuthClientDeps,
  CallbackResult,
  GrantedScopes,
  StartupLoginRecords,
  UserInfo,
} from '@/lib/auth/auth-client-types';

/** One name per resource server: tabs refreshing different tokens do not wait for each other. */
const REFRESH_LOCK = 'globus-client-token-refresh:';

/** Refresh this long before expiry so a request never starts with a token about to lapse. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;

const CALLBACK_PARAMS = ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'];

export function createAuthClient(config: AppConfig, deps: AuthClientDeps = {}): AuthClient {
  const now = deps.now ?? (() => Date.now());
  const rawFetch = deps.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  // Marks transport failures so a refresh that could not reach Auth is not mistaken for a rejection.
  const fetchImpl: typeof fetch = async (input, init) => {
    try {
      return await rawFetch(input, init);
    } catch (cause) {
      throw new NetworkError('Could not reach Globus Auth', { cause });
    }
  };
  const navigate = deps.navigate ?? ((url: string) => window.location.assign(url));
  const getLocation = () => deps.location ?? window.location;
  const getHistory = () => deps.history ?? window.history;
  // The records read at start-up stand in for IndexedDB until this page first writes a login record. A refresh
  // still reads IndexedDB afresh under its lock (another tab may have stored a newer token meanwhile), and a
  // token Globus refuses forces one, so a record another tab changed since start-up costs one retry at most.
  let startup = deps.startupRecords;
  const forgetStartup = () => {
    startup = undefined;
  };
  const storedTokens = deps.stores?.tokens ?? createTokenStore();
  const tokens: TokenStore = {
    ...storedTokens,
    put: (record) => (forgetStartup(), storedTokens.put(record)),
    delete: (rs) => (forgetStartup(), storedTokens.delete(rs)),
    clear: () => (forgetStartup(), storedTokens.clear()),
  };
  const pending = deps.stores?.pending ?? createPendingLoginStore();
  const storedUsers = deps.stores?.user ?? createUserStore();
  const users: UserStore = {
    ...storedUsers,
    put: (user) => (forgetStartup(), storedUsers.put(user)),
    clear: () => (forgetStartup(), storedUsers.clear()),
  };
  /** The start-up records while they still stand for what is stored, else null. */
  const startupRecords = async () => (startup ? await startup : null);
  const locks = 'locks' in deps ? deps.locks : typeof navigator === 'undefined' ? undefined : navigator.locks;
  // Without Web Locks (very old browsers) each tab refreshes on its own, as before.
  const exclusively = <T>(name: string, work: () => Promise<T>): Promise<T> =>
    locks ? (locks.request(name, work) as Promise<T>) : work();

  const as = authorizationServer(config);
  const clockSkewSeconds = Math.round((now() - Date.now()) / 1000);
  // The OAuth library is loaded on first use (a login, its callback, a refresh, a logout), not with the first page.
  // Its code failing to load is a network failure: a refresh then keeps the refresh token, as when offline.
  let calls: Promise<OAuthCalls> | undefined;
  const oauthCalls = () =>
    (calls ??= import('@/lib/auth/oauth-calls').then(
      (m) => m.oauthCalls(config, fetchImpl, clockSkewSeconds),
      (cause: unknown) => {
        calls = undefined;
        throw new NetworkError('The login code could not be loaded', { cause });
      },
    ));
  const describeLoginFailure = (err: unknown) =>
    import('@/lib/auth/oauth-calls').then(
      (m) => m.describeOAuthFailure(err),
      () => 'Globus Auth could not be reached. Check your connection and log in again.',
    );

  async function storeTokenResponse(response: oauth.TokenEndpointResponse, fallbackRs?: string): Promise<void> {
    const t = now();
    for (const token of tokensOf(response)) {
      const record = toTokenRecord(token, t, fallbackRs);
      if (!record.refresh_token) {
        // Globus may not rotate refresh tokens: keep the one we have.
        const previous = await tokens.get(record.resource_server);
        if (previous?.refresh_token) record.refresh_token = previous.refresh_token;
      }
      await tokens.put(record);
    }
  }

  function stripCallbackParams(hash: string): void {
    const url = new URL(getLocation().href);
    for (const name of CALLBACK_PARAMS) url.searchParams.delete(name);
    const history = getHistory();
    history.replaceState(history.state, '', `${url.pathname}${url.search}${hash}`);
  }

  async function login(opts: LoginOptions): Promise<void> {
    await pending.prune(now());
    const previous = (await users.get())?.scopes ?? [];
    const scopes = mergeScopes([
      ...baseScopes(config.requestRefreshTokens),
      ...previous,
      ...(opts.extraScopes ?? []),
      ...(opts.authorizationParameters?.required_scopes ?? []),
    ]).filter((scope) => config.requestRefreshTokens || scope !== OFFLINE_ACCESS);
    const { code_verifier, code_challenge, state, nonce } = await (await oauthCalls()).newLoginSecrets();
    const record = { state, code_verifier, nonce, returnTo: asHashRoute(opts.returnTo), scopes, created_at: now() };
    await pending.save(opts.appState === undefined ? record : { ...record, appState: opts.appState });

    const url = new URL(as.authorization_endpoint!);
    const params: Record<string, string> = {
      ...authorizationRequestParameters(opts.authorizationParameters),
      client_id: config.clientId,
      redirect_uri: config.redirectUri,
      response_type: 'code',
      scope: scopes.join(' '),
      state,
      nonce,
      code_challenge,
      code_challenge_method: 'S256',
    };
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    navigate(url.href);
  }

  // A second concurrent call (e.g. a doubled effect) shares the first one's result instead of failing.
  let callbackRun: { href: string; result: Promise<CallbackResult> } | undefined;
  function completeLoginIfCallback(): Promise<CallbackResult> {
    const href = getLocation().href;
    if (callbackRun?.href !== href) callbackRun = { href, result: runCallback() };
    return callbackRun.result;
  }

  async function runCallback(): Promise<CallbackResult> {
    const params = new URL(getLocation().href).searchParams;
    if (!isLoginReturn(params)) return { kind: 'none' };

    const state = params.get('state');
    const record = state ? await pending.get(state) : undefined;
    if (!record) {
      stripCallbackParams(getLocation().hash);
      return {
        kind: 'error',
        title: 'This login could not be completed',
        detail:
          'The answer from Globus does not match a login started in this browser (it may have been used already ' +
          'or started in another browser). Please log in again.',
      };
    }
    await pending.delete(record.state);

    if (params.has('error')) {
      stripCallbackParams(record.returnTo);
      const error = params.get('error') ?? 'error';
      return {
        kind: 'error',
        title: error === 'access_denied' ? 'Login was cancelled' : 'Globus Auth reported a problem',
        detail: params.get('error_description') ?? `Globus Auth answered "${error}".`,
      };
    }

    try {
      const { result, claims } = await (await oauthCalls()).exchangeCode(params, record);
      const previousUser = await users.get();
      // Another person's leftover tokens (e.g. collection HTTPS tokens) must not carry over.
      if (previousUser && previousUser.claims.sub !== claims.sub) await tokens.clear();
      await storeTokenResponse(result);
      await users.put({ claims: { ...claims }, scopes: record.scopes });
    } catch (err) {
      stripCallbackParams(record.returnTo);
      return { kind: 'error', title: 'Login failed', detail: await describeLoginFailure(err) };
    }
    stripCallbackParams(record.returnTo);
    return record.appState === undefined
      ? { kind: 'success', returnTo: record.returnTo }
      : { kind: 'success', returnTo: record.returnTo, appState: record.appState };
  }

  const inflight = new Map<string, Promise<string | null>>();

  /**
   * Refreshes `resourceServer`'s token unless another tab already replaced `stale` (the token the caller
   * found wanting). Tabs share IndexedDB and take turns under one Web Lock, so two tabs whose tokens
   * expire together send one refresh: the second re-reads the store once it holds the lock and finds the
   * new token (with a rotated refresh token, a second refresh with the old one would be refused).
   */
  function refresh(resourceServer: string, stale: string): Promise<string | null> {
    return exclusively(`${REFRESH_LOCK}${resourceServer}`, () => refreshHoldingLock(resourceServer, stale));
  }

  async function refreshHoldingLock(resourceServer: string, stale: string): Promise<string | null> {
    const record = await tokens.get(resourceServer);
    if (record && record.access_token !== stale && !isExpiring(record, now(), REFRESH_MARGIN_MS)) {
      return record.access_token;
    }
    if (!record?.refresh_token) return null;
    try {
      const result = await (await oauthCalls()).refresh(record.refresh_token);
      await storeTokenResponse(result, resourceServer);
      return (await tokens.get(resourceServer))?.access_token ?? null;
    } catch (err) {
      // Another tab may have refreshed (and rotated) the same token meanwhile: use its result.
      const latest = await tokens.get(resourceServer);
      if (latest && latest.refresh_token !== record.refresh_token && !isExpiring(latest, now())) {
        return latest.access_token;
      }
      if (err instanceof NetworkError) {
        // Offline is not a rejection: keep the refresh token, use the old token while it lasts.
        if (!isExpiring(record, now())) return record.access_token;
        throw err;
      }
      await tokens.delete(resourceServer);
      return null;
    }
  }

  async function getAccessToken(resourceServer: string, opts: { forceRefresh?: boolean } = {}) {
    // A resource server missing at start-up is read from the store: another tab may have added it since.
    const early = (await startupRecords())?.tokens.find((r) => r.resource_server === resourceServer);
    const record = early ?? (await tokens.get(resourceServer));
    if (!record) return null;
    const wantsRefresh = opts.forceRefresh === true || isExpiring(record, now(), REFRESH_MARGIN_MS);
    if (!wantsRefresh) return record.access_token;
    if (!record.refresh_token) return opts.forceRefresh || isExpiring(record, now()) ? null : record.access_token;
    let running = inflight.get(resourceServer);
    if (!running) {
      running = refresh(resourceServer, record.access_token).finally(() => inflight.delete(resourceServer));
      inflight.set(resourceServer, running);
    }
    return running;
  }

  async function isLoggedIn(): Promise<boolean> {
    const early = await startupRecords();
    const user = early ? early.user : await users.get();
    const all = early ? early.tokens : await tokens.all();
    // A damaged record (an old version's, a half-written one) ends the login cleanly: sign in again.
    if (tokens.damaged()) {
      await Promise.all([tokens.clear(), users.clear()]);
      return false;
    }
    if (!user) return false;
    const t = now();
    return all.some((r) => r.refresh_token !== undefined || !isExpiring(r, t));
  }

  async function getUser(): Promise<UserInfo | null> {
    const early = await startupRecords();
    const user = early ? early.user : await users.get();
    return user ? userInfoFromClaims(user.claims) : null;
  }

  async function logout(): Promise<void> {
    const all = await tokens.all();
    const secrets = all.flatMap((r) => (r.refresh_token ? [r.access_token, r.refresh_token] : [r.access_token]));
    await Promise.allSettled(secrets.map(async (token) => (await oauthCalls()).revoke(token)));
    await Promise.all([tokens.clear(), pending.clear(), users.clear()]);
    navigate(authPageUrl(config, 'logout'));
  }

  async function grantedScopes(): Promise<GrantedScopes[]> {
    return (await tokens.all())
      .map((r) => ({
        resourceServer: r.resource_server,
        scopes: splitScopes(r.scope),
        expiresAt: r.expires_at,
        refreshable: r.refresh_token !== undefined,
      }))
      .sort((a, b) => a.resourceServer.localeCompare(b.resourceServer));
  }

  return { login, completeLoginIfCallback, isLoggedIn, getUser, getAccessToken, logout, grantedScopes };
}
