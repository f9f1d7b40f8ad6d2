/**
 * Bearer-token checks per service. Strict mode (default): the token must have been
 * issued here, be unexpired on the logical clock, not revoked, and belong to the
 * service's resource server. Permissive mode accepts any bearer string as alice with
 * every scope, for quick manual poking.
 * 401 bodies (docs/protocol/errors-and-retries.md): Transfer `AuthenticationFailed` (the code the JS SDK keys
 * on), Auth's shape (fixture auth.error.unauthorized.json), Groups `{code, detail}` (provisional code).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { EmuEnv } from './context';
import { getEmu } from './context';
import { authError, groupsError, plainError, transferError } from './errors';
import type { TokenProblem, TokenRecord } from '../auth/auth-state';
import { IDENTITIES } from '../seed/ids';
import { TRANSFER_SCOPE } from '../auth/scopes';

export type BearerService = 'transfer' | 'auth' | 'groups' | 'https';

const PROBLEM_TEXT: Record<TokenProblem, string> = {
  missing: 'No Authorization header with a Bearer token was sent',
  unknown: 'Token is not active',
  revoked: 'Token is not active',
  expired: 'Token is not active',
  wrong_resource_server: 'Token is not valid for this resource server',
};

export function bearerOf(c: Context): string | null {
  const h = c.req.header('authorization') ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1]! : null;
}

export function unauthorized(c: Context, service: BearerService, problem: TokenProblem): Response {
  const text = PROBLEM_TEXT[problem];
  switch (service) {
    case 'transfer':
      return transferError(c, 401, 'AuthenticationFailed', text);
    case 'auth':
      return authError(c, 401, problem === 'missing' ? 'Call must be authenticated' : text);
    case 'groups':
      return groupsError(c, 401, 'UNAUTHORIZED', text);
    case 'https':
      c.header('WWW-Authenticate', 'Bearer');
      return plainError(c, 401, 'unauthorized', text);
  }
}

function permissiveToken(resourceServer: string, value: string): TokenRecord {
  return {
    value,
    kind: 'access',
    clientId: 'permissive',
    accountId: IDENTITIES.alice.id,
    resourceServer,
    scopes: [{ scope: TRANSFER_SCOPE, optional: false, children: [] }],
    sessionId: 'permissive',
    issuedAt: 0,
    expiresAt: null,
    revoked: false,
    refreshToken: null,
  };
}

/** Resolve and check the bearer token; on success returns the record, else a 401 Response. */
export function checkBearer(c: Context, service: BearerService, resourceServer: string): TokenRecord | Response {
  const emu = getEmu(c);
  const value = bearerOf(c);
  const result = emu.auth.tokens.check(value, resourceServer, emu.clock.now());
  if (result.ok) return result.token;
  if (!emu.options.strict && value) return emu.auth.tokens.get(value) ?? permissiveToken(resourceServer, value);
  return unauthorized(c, service, result.problem);
}

export function requireBearer(
  service: BearerService,
  resourceServer: string | ((c: Context) => string),
): MiddlewareHandler<EmuEnv> {
  return async (c, next) => {
    const rs = typeof resourceServer === 'function' ? resourceServer(c) : resourceServer;
    const res = checkBearer(c, service, rs);
    if (res instanceof Response) return res;
    c.set('token', res);
    await next();
  };
}
