// The auth client's public shapes: what the app asks of it and what it may be given (tests inject the rest).
import type { AuthorizationParameters } from '@/lib/globus/errors';
import type { PendingLoginStore } from '@/lib/storage/pending-login-store';
import type { TokenRecord, TokenStore } from '@/lib/storage/token-store';
import type { UserRecord, UserStore } from '@/lib/storage/user-store';

export type LoginOptions = {
  /** App hash route to come back to, e.g. `#/files?origin_id=…`. */
  returnTo: string;
  extraScopes?: string[];
  authorizationParameters?: AuthorizationParameters;
  /** Survives the redirect (stored in IndexedDB, so it must be structured-cloneable). */
  appState?: unknown;
};

export type CallbackResult =
  | { kind: 'none' }
  | { kind: 'success'; returnTo: string; appState?: unknown }
  | { kind: 'error'; title: string; detail: string };

export type UserInfo = {
  sub: string;
  username: string;
  name?: string;
  email?: string;
  identitySet?: { sub: string; username: string; name?: string }[];
};

/** What this app holds for one resource server, without the token itself. */
export type GrantedScopes = { resourceServer: string; scopes: string[]; expiresAt: number; refreshable: boolean };

export interface AuthClient {
  login(opts: LoginOptions): Promise<void>;
  completeLoginIfCallback(): Promise<CallbackResult>;
  isLoggedIn(): Promise<boolean>;
  getUser(): Promise<UserInfo | null>;
  getAccessToken(resourceServer: string, opts?: { forceRefresh?: boolean }): Promise<string | null>;
  logout(): Promise<void>;
  /** The scopes granted to this app per resource server, from the stored token records (never the tokens). */
  grantedScopes(): Promise<GrantedScopes[]>;
}

/** Both login records as read once at start-up; null when that read failed (they are then read as usual). */
export type StartupLoginRecords = { user: UserRecord | undefined; tokens: TokenRecord[] } | null;

export type AuthClientDeps = {
  fetch?: typeof fetch;
  navigate?: (url: string) => void;
  now?: () => number;
  location?: Location;
  history?: History;
  /** Injectable for tests; default to the app's IndexedDB stores. */
  stores?: { tokens?: TokenStore; pending?: PendingLoginStore; user?: UserStore };
  /** Cross-tab mutual exclusion; defaults to the browser's Web Locks (`navigator.locks`). */
  locks?: Pick<LockManager, 'request'> | undefined;
  /**
   * The stores' records, read by the page before this client existed (app/start/early-start.ts): the
   * page's first token and login-state reads use them instead of waiting for IndexedDB once more.
   */
  startupRecords?: Promise<StartupLoginRecords>;
};
