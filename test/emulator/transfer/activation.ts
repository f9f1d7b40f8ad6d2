/**
 * Legacy GCSv4 activation (docs/protocol/transfer.md#legacy-activation): autoactivate, activation_requirements,
 * activate, deactivate. Documents follow the 2016 third-party capture [B] (fixtures hold only
 * `code`). GCSv5/GCP entities answer AlreadyActivated with expires_in -1 (never expires).
 * Autoactivation needs a credential Globus already holds: here, one delegated by an earlier activation of
 * this endpoint by the same account, cached for CREDENTIAL_CACHE past that activation's end. Without one it
 * answers 200 `AutoActivationFailed` with the requirements (the CLI reads the code, not the status), so a
 * first use goes through the web activation page.
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { spaceTimestamp } from '../core/clock';
import type { Collection } from '../core/world';
import { callerOf } from './caller';
import { activationState } from './endpoint-doc';
import { findCollection } from './collection-access';

const LIFETIME = 12 * 3600;
/** How long past an activation's end its delegated credential still serves autoactivation (provisional). */
const CREDENTIAL_CACHE = 6 * 24 * 3600;

const REQUIREMENTS = [
  ['hostname', 'MyProxy Server', 'myproxy.emulated-storage.invalid', false],
  ['username', 'Username', null, false],
  ['passphrase', 'Passphrase', null, true],
  ['lifetime_in_hours', 'Credential Lifetime (hours)', '12', false],
] as const;

function requirementsDoc(
  c: Context<EmuEnv>,
  col: Collection,
  dataType: string,
  code?: string,
  message?: string,
): Record<string, unknown> {
  const emu = c.get('emu');
  const state =
    col.entityType === 'GCSv4_host'
      ? activationState(col, callerOf(c).accountId, emu.clock.now())
      : { activated: true, expires_in: -1, expire_time: null };
  const data =
    col.entityType === 'GCSv4_host'
      ? REQUIREMENTS.map(([name, ui, value, priv]) => ({
          DATA_TYPE: 'activation_requirement',
          type: 'myproxy',
          name,
          value,
          required: true,
          private: priv,
          ui_name: ui,
          description: ui,
        }))
      : [];
  return {
    DATA_TYPE: dataType,
    ...(code ? { code, message } : {}),
    ...state,
    auto_activation_supported: true,
    oauth_server: null,
    subject: null,
    length: data.length,
    DATA: data,
    endpoint: col.legacyName,
    resource: c.req.path.replace(/^\/v0\.10/, ''),
    request_id: emu.ids.requestId(),
  };
}

export function registerActivation(app: Hono<EmuEnv>): void {
  app.post('/v0.10/endpoint/:id/autoactivate', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    if (col.entityType !== 'GCSv4_host')
      return c.json(
        requirementsDoc(c, col, 'activation_result', 'AlreadyActivated', 'Endpoint does not need activation'),
      );
    const emu = c.get('emu');
    const account = callerOf(c).accountId;
    const now = emu.clock.now();
    const ifExpiresIn = Number(c.req.query('if_expires_in') ?? 0) || 0;
    const until = col.activations.get(account);
    if (until && until - now > ifExpiresIn)
      return c.json(requirementsDoc(c, col, 'activation_result', 'AlreadyActivated', 'Endpoint already activated'));
    if (!until || now >= until + CREDENTIAL_CACHE)
      return c.json(
        requirementsDoc(
          c,
          col,
          'activation_result',
          'AutoActivationFailed',
          'Auto-activation failed: no cached credential; activate the endpoint with your credentials',
        ),
      );
    col.activations.set(account, now + LIFETIME);
    return c.json(
      requirementsDoc(
        c,
        col,
        'activation_result',
        'AutoActivated.CachedCredential',
        'Endpoint activated successfully using cached credential',
      ),
    );
  });

  app.get('/v0.10/endpoint/:id/activation_requirements', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    return c.json(requirementsDoc(c, col, 'activation_requirements'));
  });

  app.post('/v0.10/endpoint/:id/activate', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    if (col.entityType === 'GCSv4_host')
      col.activations.set(callerOf(c).accountId, c.get('emu').clock.now() + LIFETIME);
    return c.json(
      requirementsDoc(
        c,
        col,
        'activation_result',
        'Activated.MyProxyCredential',
        `Endpoint activated successfully until ${spaceTimestamp(c.get('emu').clock.now() + LIFETIME)}`,
      ),
    );
  });

  app.post('/v0.10/endpoint/:id/deactivate', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    col.activations.delete(callerOf(c).accountId);
    return c.json(requirementsDoc(c, col, 'activation_result', 'Deactivated', 'Endpoint deactivated successfully'));
  });
}

/** Used by the legacy web-activation helper page. */
export function activateFor(col: Collection, accountId: string, now: number): void {
  col.activations.set(accountId, now + LIFETIME);
}
