/**
 * Auth browser pages (docs/protocol/helper-pages.md#auth-pages): logout, linked identities, consents (with a
 * "Rescind" button so tests can make data_access consent disappear again).
 */
import type { Hono } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import { sessionAccount } from './session-cookie';
import type { EmuContext, EmuEnv } from '../core/context';
import { esc, hidden, page } from '../core/html';
import { SESSION_COOKIE } from './session-cookie';

function continueLink(c: EmuContext): string {
  const emu = c.get('emu');
  const client = emu.auth.clients.get(c.req.query('client_id') ?? '');
  const uri = c.req.query('redirect_uri');
  const name = c.req.query('redirect_name') ?? client?.name ?? 'the application';
  // Only a registered redirect URI, exactly, becomes a link (no open redirect through a longer URL).
  if (!client || !uri || !client.redirectUris.includes(uri)) return '';
  return `<p><a href="${esc(uri)}">Continue to ${esc(name)}</a></p>`;
}

export function registerWebPages(app: Hono<EmuEnv>): void {
  app.get('/v2/web/logout', (c) => {
    const emu = c.get('emu');
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) emu.auth.sessions.delete(sid);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    const client = emu.auth.clients.get(c.req.query('client_id') ?? '');
    return c.html(
      page(
        client ? `Logged out of ${client.name}` : 'Logged out',
        `<p>You have been logged out of Globus.</p>${continueLink(c)}`,
      ),
    );
  });

  app.get('/v2/web/identities', (c) => {
    const emu = c.get('emu');
    const account = sessionAccount(c);
    const rows = account
      ? emu.world
          .identitySet(account)
          .map((i) => `<li>${esc(i.username)} — ${esc(i.name)} (${esc(i.identityProviderName)})</li>`)
          .join('')
      : '';
    return c.html(
      page(
        'Linked identities',
        account ? `<ul>${rows}</ul>${continueLink(c)}` : `<p>You are not logged in.</p>${continueLink(c)}`,
      ),
    );
  });

  app.get('/v2/web/consents', (c) => {
    const emu = c.get('emu');
    const account = sessionAccount(c);
    if (!account) return c.html(page('Consents', `<p>You are not logged in.</p>${continueLink(c)}`));
    const rows = emu.world.consents
      .filter((k) => k.accountId === account)
      .map(
        (
          k,
        ) => `<li><code>${esc([...k.parentScopes, k.scope].join(' › '))}</code> for ${esc(emu.auth.clients.get(k.clientId)?.name ?? k.clientId)}
<form method="post" action="/v2/web/consents/rescind" style="display:inline">${hidden('consent_id', String(k.id))}<button type="submit">Rescind</button></form></li>`,
      )
      .join('');
    return c.html(page('Consents', `<ul>${rows || '<li>No consents.</li>'}</ul>${continueLink(c)}`));
  });

  app.post('/v2/web/consents/rescind', async (c) => {
    const emu = c.get('emu');
    const account = sessionAccount(c);
    const id = Number((await c.req.parseBody()).consent_id);
    const target = emu.world.consents.find((k) => k.id === id && k.accountId === account);
    if (target) {
      // Rescinding a consent removes its dependants too, and kills the client's tokens for that account.
      const prefix = [...target.parentScopes, target.scope].join(' ');
      for (let i = emu.world.consents.length - 1; i >= 0; i--) {
        const k = emu.world.consents[i]!;
        const chain = [...k.parentScopes, k.scope].join(' ');
        if (
          k.accountId === account &&
          k.clientId === target.clientId &&
          (chain === prefix || chain.startsWith(prefix + ' '))
        )
          emu.world.consents.splice(i, 1);
      }
      if (target.parentScopes.length === 0)
        for (const t of emu.auth.tokens.all())
          if (t.accountId === account && t.clientId === target.clientId) emu.auth.tokens.revoke(t.value);
    }
    return c.redirect('/v2/web/consents', 303);
  });
}
