/**
 * `GET /v2/oauth2/authorize` (docs/protocol/auth.md#authorize) and the two HTML form steps behind it:
 * choose an identity (`POST /v2/oauth2/authorize/login`), then consent
 * (`POST /v2/oauth2/authorize/consent`). A bad client or redirect_uri shows an HTML error
 * page and never redirects; other errors redirect with error/error_description/state.
 * Consents already granted to the client are not asked again, and a live session that
 * satisfies the request skips the login step (as Globus Auth does).
 */
import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { SESSION_COOKIE, sessionOf } from './session-cookie';
import type { EmuContext, EmuEnv } from '../core/context';
import { esc, hidden, page } from '../core/html';
import type { AuthorizeRequest } from './auth-state';
import { validateRequestedScopes, recordConsents, unconsentedScopes } from './consents';
import { parseScopes, ScopeSyntaxError } from './scopes';
import { eligibleIdentities, unmetRequirement } from './session-rules';
import { fieldText } from '../core/text';

const CODE_LIFETIME = 600;

function list(v: string | undefined): string[] {
  return (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function redirectWith(uri: string, params: Record<string, string | null>): string {
  const u = new URL(uri);
  for (const [k, v] of Object.entries(params)) if (v !== null) u.searchParams.set(k, v);
  return u.toString();
}

function errorRedirect(
  c: EmuContext,
  req: Pick<AuthorizeRequest, 'redirectUri' | 'state'>,
  error: string,
  description: string,
  status: 302 | 303 = 302,
): Response {
  return c.redirect(redirectWith(req.redirectUri, { error, error_description: description, state: req.state }), status);
}

function errorPage(c: EmuContext, title: string, detail: string): Response {
  return c.html(page(title, `<p class="error" role="alert">${esc(detail)}</p>`), 400);
}

function loginPage(c: EmuContext, req: AuthorizeRequest, problem: string | null): Response {
  const emu = c.get('emu');
  const client = emu.auth.clients.get(req.clientId);
  const buttons = eligibleIdentities(emu.world, req)
    .map(
      (i) =>
        `<li><button type="submit" name="identity" value="${esc(i.id)}">Log in as ${esc(i.username)}</button> <span class="note">${esc(i.name)} · ${esc(i.identityProviderName)}</span></li>`,
    )
    .join('\n');
  const body = `
<p>${esc(client?.name ?? req.clientId)} wants you to log in.</p>
${req.sessionMessage ? `<p role="status">${esc(req.sessionMessage)}</p>` : ''}
${problem && problem !== 'Please log in.' ? `<p class="error" role="alert">${esc(problem)}</p>` : ''}
<form method="post" action="/v2/oauth2/authorize/login">
${hidden('request_id', req.id)}
<p><label><input type="checkbox" name="mfa" value="true"${req.requiredMfa ? ' checked' : ''}> Use multi-factor authentication</label></p>
<ul>${buttons || '<li>No seeded identity satisfies this request.</li>'}</ul>
<button type="submit" name="deny" value="true">Cancel login</button>
</form>`;
  return c.html(page('Log in to Globus', body));
}

function consentPage(c: EmuContext, req: AuthorizeRequest, scopes: string[]): Response {
  const emu = c.get('emu');
  const client = emu.auth.clients.get(req.clientId);
  const identity = req.identityId ? emu.world.identity(req.identityId) : undefined;
  const body = `
<p>Logged in as ${esc(identity?.username)}. <strong>${esc(client?.name ?? req.clientId)}</strong> asks for:</p>
<ul>${scopes.map((s) => `<li><code>${esc(s)}</code></li>`).join('')}</ul>
<form method="post" action="/v2/oauth2/authorize/consent">
${hidden('request_id', req.id)}
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</form>`;
  return c.html(page('Allow access', body));
}

/** After login (or with a satisfying session): auto-approve known consents or ask. */
function continueToConsent(c: EmuContext, req: AuthorizeRequest, status: 302 | 303): Response {
  const emu = c.get('emu');
  const pending = unconsentedScopes(emu.world, req);
  if (pending.length > 0) return consentPage(c, req, pending);
  return issueCode(c, req, status);
}

function issueCode(c: EmuContext, req: AuthorizeRequest, status: 302 | 303): Response {
  const emu = c.get('emu');
  const identity = emu.world.identity(req.identityId!)!;
  const code = emu.ids.token('code-');
  emu.auth.codes.set(code, {
    code,
    request: req,
    accountId: identity.accountId,
    identityId: identity.id,
    sessionId: req.sessionId!,
    expiresAt: emu.clock.now() + CODE_LIFETIME,
    used: false,
  });
  emu.auth.requests.delete(req.id);
  return c.redirect(redirectWith(req.redirectUri, { code, state: req.state }), status);
}

export function registerAuthorize(app: Hono<EmuEnv>): void {
  app.get('/v2/oauth2/authorize', (c) => {
    const emu = c.get('emu');
    const q = (k: string) => c.req.query(k);
    const clientId = q('client_id');
    const client = clientId ? emu.auth.clients.get(clientId) : undefined;
    if (!client)
      return errorPage(c, 'Unknown application', `No client with id '${clientId ?? ''}' is registered here.`);
    const redirectUri = q('redirect_uri');
    if (!redirectUri || !client.redirectUris.includes(redirectUri))
      return errorPage(
        c,
        'Invalid redirect_uri',
        `'${redirectUri ?? ''}' is not a registered redirect URI of ${client.name}.`,
      );
    const state = q('state') ?? null;
    const back = { redirectUri, state };
    if (q('response_type') !== 'code')
      return errorRedirect(c, back, 'unsupported_response_type', 'response_type must be "code"');
    const challenge = q('code_challenge');
    if (!challenge || !/^[A-Za-z0-9_-]{43}$/.test(challenge))
      return errorRedirect(c, back, 'invalid_request', 'A PKCE code_challenge (S256) is required for this client');
    if ((q('code_challenge_method') ?? 'plain') !== 'S256')
      return errorRedirect(c, back, 'invalid_request', 'code_challenge_method must be S256');
    let scopes;
    try {
      scopes = parseScopes(q('scope') ?? '');
    } catch (e) {
      return errorRedirect(
        c,
        back,
        'invalid_scope',
        e instanceof ScopeSyntaxError ? `Malformed scope string: ${e.message}` : 'Malformed scope string',
      );
    }
    const offline = scopes.some((s) => s.scope === 'offline_access') || q('access_type') === 'offline';
    scopes = scopes.filter((s) => s.scope !== 'offline_access');
    if (scopes.length === 0) return errorRedirect(c, back, 'invalid_scope', 'No scope requested');
    const scopeProblem = validateRequestedScopes(emu.world, scopes);
    if (scopeProblem) return errorRedirect(c, back, 'invalid_scope', scopeProblem);
    const session = sessionOf(c);
    const req: AuthorizeRequest = {
      id: emu.ids.uuid('authorize'),
      clientId: client.id,
      redirectUri,
      scopes,
      state,
      codeChallenge: challenge,
      nonce: q('nonce') ?? null,
      offline,
      prompt: q('prompt') ?? null,
      sessionMessage: q('session_message') ?? null,
      requiredIdentities: list(q('session_required_identities')),
      requiredDomains: list(q('session_required_single_domain')).map((d) => d.toLowerCase()),
      requiredPolicies: list(q('session_required_policies')),
      requiredMfa: /^true$/i.test(q('session_required_mfa') ?? ''),
      sessionId: session?.id ?? null,
      identityId: null,
    };
    emu.auth.requests.set(req.id, req);
    const unmet = unmetRequirement(emu.world, req, session, emu.clock.now());
    if (req.prompt === 'login' || unmet !== null) return loginPage(c, req, unmet);
    req.identityId = [...session!.authentications.values()].sort((a, b) => b.authTime - a.authTime)[0]!.identityId;
    return continueToConsent(c, req, 302);
  });

  app.post('/v2/oauth2/authorize/login', async (c) => {
    const emu = c.get('emu');
    const form = await c.req.parseBody();
    const req = emu.auth.requests.get(fieldText(form.request_id));
    if (!req)
      return errorPage(
        c,
        'Login expired',
        'This login request is unknown or was already used. Start again from the application.',
      );
    if (form.deny) {
      emu.auth.requests.delete(req.id);
      return errorRedirect(c, req, 'access_denied', 'The user cancelled the login', 303);
    }
    const identity = emu.world.identity(fieldText(form.identity));
    if (!identity) return loginPage(c, req, 'Choose an identity.');
    let session = req.sessionId ? emu.auth.sessions.get(req.sessionId) : undefined;
    const sameAccount =
      session &&
      [...session.authentications.values()].every(
        (a) => emu.world.identity(a.identityId)?.accountId === identity.accountId,
      );
    if (!session || !sameAccount) session = emu.auth.newSession();
    session.authentications.set(identity.id, {
      identityId: identity.id,
      authTime: emu.clock.now(),
      mfa: form.mfa === 'true',
    });
    req.sessionId = session.id;
    req.identityId = identity.id;
    setCookie(c, SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
    const unmet = unmetRequirement(emu.world, req, session, emu.clock.now());
    if (unmet) return loginPage(c, req, unmet);
    return continueToConsent(c, req, 303);
  });

  app.post('/v2/oauth2/authorize/consent', async (c) => {
    const emu = c.get('emu');
    const form = await c.req.parseBody();
    const req = emu.auth.requests.get(fieldText(form.request_id));
    if (!req || !req.identityId)
      return errorPage(
        c,
        'Consent expired',
        'This consent request is unknown or was already used. Start again from the application.',
      );
    if (form.decision !== 'allow') {
      emu.auth.requests.delete(req.id);
      return errorRedirect(c, req, 'access_denied', 'The user denied the consent', 303);
    }
    recordConsents(emu.world, emu.world.identity(req.identityId)!.accountId, req.clientId, req.scopes);
    return issueCode(c, req, 303);
  });
}
