/**
 * app.globus.org pages need a logged-in browser. They reuse the emulator's Globus Auth
 * session cookie; without one they show a login form (POST /helpers/login).
 */
import type { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import type { EmuContext, EmuEnv } from '../core/context';
import { esc, hidden, page } from '../core/html';
import { SESSION_COOKIE, sessionAccount } from '../auth/session-cookie';
import { fieldText } from '../core/text';

/** The logged-in account, or a login page Response that returns to the current URL. */
export function requireHelperLogin(c: EmuContext): string | Response {
  const account = sessionAccount(c);
  if (account) return account;
  const url = new URL(c.req.url);
  const back = url.pathname + url.search;
  const buttons = [...c.get('emu').world.identities.values()]
    .map(
      (i) =>
        `<li><button type="submit" name="identity" value="${esc(i.id)}">Log in as ${esc(i.username)}</button></li>`,
    )
    .join('');
  return c.html(
    page(
      'Log in to the Globus web app',
      `<form method="post" action="/helpers/login">${hidden('return', back)}<ul>${buttons}</ul></form>`,
    ),
    401,
  );
}

export function registerHelperLogin(app: Hono<EmuEnv>): void {
  app.post('/helpers/login', async (c) => {
    const emu = c.get('emu');
    const form = await c.req.parseBody();
    const identity = emu.world.identity(fieldText(form.identity));
    const back = fieldText(form.return, '/');
    if (!identity || !back.startsWith('/') || back.startsWith('//'))
      return c.html(page('Login failed', '<p role="alert">Unknown identity or return address.</p>'), 400);
    const session = emu.auth.newSession();
    session.authentications.set(identity.id, { identityId: identity.id, authTime: emu.clock.now(), mfa: false });
    setCookie(c, SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
    return c.redirect(back, 303);
  });
}
