/**
 * The emulator's Globus Auth browser session (cookie set by the login page). Pages that
 * real Globus serves to logged-in browsers (helper pages, HTTPS navigations, consents)
 * use it to know who is there.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { getEmu } from '../core/context';
import type { Session, TokenRecord } from './auth-state';

export const SESSION_COOKIE = 'globus_emulator_session';

export function sessionOf(c: Context): Session | undefined {
  const id = getCookie(c, SESSION_COOKIE);
  return id ? getEmu(c).auth.sessions.get(id) : undefined;
}

export function sessionAccount(c: Context): string | null {
  const session = sessionOf(c);
  const first = session ? [...session.authentications.values()][0] : undefined;
  return first ? (getEmu(c).world.identity(first.identityId)?.accountId ?? null) : null;
}

/** A stand-in token for a browser session (never stored, never valid as a bearer token). */
export function sessionToken(c: Context, accountId: string, resourceServer: string): TokenRecord {
  return {
    value: '(browser session)',
    kind: 'access',
    clientId: 'app.globus.org',
    accountId,
    resourceServer,
    scopes: [],
    sessionId: sessionOf(c)?.id ?? '',
    issuedAt: 0,
    expiresAt: null,
    revoked: false,
    refreshToken: null,
  };
}
