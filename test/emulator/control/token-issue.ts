/**
 * `POST /__emulator/tokens/issue {identity, clientId, scope}`: what a finished browser login leaves behind,
 * without its pages — a Globus Auth session for the identity, the consent to every requested scope, and the
 * token response the code exchange would have answered (id_token included). Browser tests that are not about
 * logging in start from it; the session lets later consent and step-up rounds work as after a real login.
 */
import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { plainError } from '../core/errors';
import { fieldText } from '../core/text';
import { recordConsents, validateRequestedScopes } from '../auth/consents';
import { parseScopes, ScopeSyntaxError } from '../auth/scopes';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { tokenResponse } from '../auth/token-endpoint';

export function registerTokenIssue(app: Hono<EmuEnv>): void {
  app.post('/__emulator/tokens/issue', async (c) => {
    const emu = c.get('emu');
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await c.req.text()) || '{}') as Record<string, unknown>;
    } catch {
      return plainError(c, 400, 'BadRequest', 'the body must be JSON');
    }
    const name = fieldText(body.identity);
    const identity = emu.world.identity(name.toLowerCase()) ?? emu.world.identityByUsername(name);
    if (!identity) return plainError(c, 404, 'UnknownIdentity', `No identity '${name}'`);
    const clientId = fieldText(body.clientId);
    if (!emu.auth.clients.has(clientId))
      return plainError(c, 400, 'BadRequest', `No client '${clientId}' is registered`);
    let scopes;
    try {
      scopes = parseScopes(fieldText(body.scope));
    } catch (e) {
      const detail = e instanceof ScopeSyntaxError ? e.message : 'malformed';
      return plainError(c, 400, 'BadRequest', `scope: ${detail}`);
    }
    const offline = scopes.some((s) => s.scope === 'offline_access');
    scopes = scopes.filter((s) => s.scope !== 'offline_access');
    if (scopes.length === 0) return plainError(c, 400, 'BadRequest', 'scope must name at least one scope');
    const problem = validateRequestedScopes(emu.world, scopes);
    if (problem) return plainError(c, 400, 'BadRequest', problem);

    // As the login page and the Allow button would have left it.
    const session = emu.auth.newSession();
    session.authentications.set(identity.id, { identityId: identity.id, authTime: emu.clock.now(), mfa: false });
    recordConsents(emu.world, identity.accountId, clientId, scopes);
    const tokens = await tokenResponse(c, {
      clientId,
      accountId: identity.accountId,
      sessionId: session.id,
      scopes,
      offline,
      nonce: null,
      state: null,
    });
    return c.json({ tokens, sessionCookie: { name: SESSION_COOKIE, value: session.id } });
  });
}
