/**
 * Auth-side state: registered clients, login sessions, pending authorize requests,
 * authorization codes and issued tokens. Tokens are opaque strings looked up here;
 * every service's bearer check goes through `TokenStore.check`.
 */
import type { ClientRegistration } from '../core/context';
import type { IdSource } from '../core/ids';
import type { ScopeNode } from './scopes';

export interface TokenRecord {
  value: string;
  kind: 'access' | 'refresh';
  clientId: string;
  /** Primary identity id of the account (token `sub`). */
  accountId: string;
  resourceServer: string;
  /** Scope tree granted for this resource server (dependent scopes kept as children). */
  scopes: ScopeNode[];
  sessionId: string;
  issuedAt: number;
  /** null for refresh tokens (they do not expire on the logical clock). */
  expiresAt: number | null;
  revoked: boolean;
  /** For access tokens minted from a refresh token. */
  refreshToken: string | null;
}

export interface Authentication {
  identityId: string;
  authTime: number;
  mfa: boolean;
}

export interface Session {
  id: string;
  authentications: Map<string, Authentication>;
}

export interface AuthorizeRequest {
  id: string;
  clientId: string;
  redirectUri: string;
  scopes: ScopeNode[];
  state: string | null;
  codeChallenge: string;
  nonce: string | null;
  offline: boolean;
  prompt: string | null;
  sessionMessage: string | null;
  requiredIdentities: string[];
  requiredDomains: string[];
  requiredPolicies: string[];
  requiredMfa: boolean;
  sessionId: string | null;
  /** Identity chosen on the login page. */
  identityId: string | null;
}

export interface AuthCode {
  code: string;
  request: AuthorizeRequest;
  accountId: string;
  identityId: string;
  sessionId: string;
  expiresAt: number;
  used: boolean;
}

export type TokenProblem = 'missing' | 'unknown' | 'revoked' | 'expired' | 'wrong_resource_server';

export class TokenStore {
  private readonly tokens = new Map<string, TokenRecord>();
  constructor(private readonly ids: IdSource) {}

  issue(rec: Omit<TokenRecord, 'value' | 'revoked'>): TokenRecord {
    const prefix = rec.kind === 'refresh' ? 'Ar' : 'Ag';
    const full: TokenRecord = { ...rec, value: this.ids.token(prefix), revoked: false };
    this.tokens.set(full.value, full);
    return full;
  }

  get(value: string): TokenRecord | undefined {
    return this.tokens.get(value);
  }

  all(): TokenRecord[] {
    return [...this.tokens.values()];
  }

  check(
    value: string | null,
    resourceServer: string,
    now: number,
  ): { ok: true; token: TokenRecord } | { ok: false; problem: TokenProblem } {
    if (!value) return { ok: false, problem: 'missing' };
    const t = this.tokens.get(value);
    if (!t || t.kind !== 'access') return { ok: false, problem: 'unknown' };
    if (t.revoked) return { ok: false, problem: 'revoked' };
    if (t.expiresAt !== null && now >= t.expiresAt) return { ok: false, problem: 'expired' };
    if (t.resourceServer !== resourceServer) return { ok: false, problem: 'wrong_resource_server' };
    return { ok: true, token: t };
  }

  /** Revoking a refresh token also revokes the access tokens minted from it. */
  revoke(value: string): void {
    const t = this.tokens.get(value);
    if (!t) return;
    t.revoked = true;
    if (t.kind === 'refresh') for (const a of this.tokens.values()) if (a.refreshToken === value) a.revoked = true;
  }
}

export class AuthState {
  readonly clients = new Map<string, ClientRegistration>();
  readonly sessions = new Map<string, Session>();
  readonly requests = new Map<string, AuthorizeRequest>();
  readonly codes = new Map<string, AuthCode>();
  readonly tokens: TokenStore;
  /** Control switch (`POST /__emulator/tokens/rotation`): each refresh returns a new refresh token and retires the old one. */
  rotateRefreshTokens = false;

  constructor(
    readonly ids: IdSource,
    clients: ClientRegistration[],
  ) {
    this.tokens = new TokenStore(ids);
    for (const c of clients) this.clients.set(c.id, { ...c, redirectUris: [...c.redirectUris] });
  }

  newSession(): Session {
    const s: Session = { id: this.ids.uuid('session'), authentications: new Map() };
    this.sessions.set(s.id, s);
    return s;
  }
}
