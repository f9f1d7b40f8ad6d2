/**
 * Everything Transfer checks before touching a collection's storage, in the order the
 * service reports problems: unknown/deleted (404), non-functional endpoint, legacy
 * activation (400 ClientError.ActivationRequired), GCP disconnected (502), data_access
 * consent (403 ConsentRequired, fixture transfer.error.consent_required.json), HA session
 * policy (403 AuthPolicyFailed, fixture transfer.error.auth_policy_failed.json), then
 * path permission (403 EndpointPermissionDenied, fixture transfer.error.endpoint_permission_denied.json).
 * A task engine should call `checkCollectionAccess` for both sides of a task.
 */
import type { Context } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import { requiresDataAccessConsent, type Collection, type World } from '../core/world';
import { dataAccessScope, hasDependentScope, TRANSFER_SCOPE } from '../auth/scopes';
import { hasConsent } from '../auth/consents';
import { expandHome, normalizePath, withTrailingSlash } from '../vfs/paths';
import { activationState } from './endpoint-doc';
import type { Caller } from './caller';

export type Operation = 'ls' | 'mkdir' | 'rename' | 'stat' | 'symlink' | 'transfer' | 'delete';

/** 404 EndpointNotFound / EndpointDeleted (fixtures transfer.error.endpoint_not_found / endpoint_deleted). */
export function findCollection(c: Context<EmuEnv>, id: string): Collection | Response {
  const col = c.get('emu').world.collection(id);
  if (!col) return transferError(c, 404, 'EndpointNotFound', `No such endpoint '${id}'`);
  if (col.deleted) return transferError(c, 404, 'EndpointDeleted', `Endpoint '${col.id}' has been deleted`);
  return col;
}

export function endpointMessage(col: Collection, command: string, message: string, details: string): string {
  return `${message}, Error (${command})\nEndpoint: ${col.displayName} (${col.id})\nServer: emulated-storage.invalid:443\nMessage: ${message}\n---\nDetails: ${details}\\r\\n\n`;
}

/** The session freshness the HA policy needs (logins of any identity of the account count). */
export function sessionSatisfiesPolicy(
  world: World,
  col: Collection,
  caller: Caller,
  sessions: Map<string, { authentications: Map<string, { authTime: number }> }>,
): boolean {
  if (!col.highAssurance || !col.authenticationTimeoutMins) return true;
  const session = sessions.get(caller.token.sessionId);
  if (!session) return false;
  const limit = world.now() - col.authenticationTimeoutMins * 60;
  return [...session.authentications.entries()].some(
    ([id, a]) => caller.identityIds.includes(id) && a.authTime >= limit,
  );
}

/** Returns an error Response when the collection cannot be used for this operation now, else null. */
export function checkCollectionAccess(
  c: Context<EmuEnv>,
  col: Collection,
  caller: Caller,
  op: Operation,
): Response | null {
  const emu = c.get('emu');
  const world = emu.world;
  if (col.entityType === 'GCSv5_endpoint')
    return transferError(
      c,
      400,
      'ClientError.BadRequest',
      `Endpoint '${col.id}' is a GCSv5 endpoint; it holds no data — use one of its collections`,
    );
  if (col.entityType === 'GCSv4_host' && !activationState(col, caller.accountId, world.now()).activated)
    return transferError(
      c,
      400,
      'ClientError.ActivationRequired',
      `The endpoint '${col.displayName}' is not activated`,
    );
  if (col.entityType.startsWith('GCP_') && col.gcpConnected === false) {
    const host = col.hostCollectionId ? world.collection(col.hostCollectionId) : undefined;
    if (col.entityType === 'GCP_mapped_collection' || host?.gcpConnected === false) {
      const family = op === 'mkdir' ? 'MkdirFailed' : op === 'rename' ? 'RenameFailed' : 'DirListingFailed';
      // Shape: fixture transfer.error.gc_disconnected.json (extra "HTTP status" / "error_name").
      return transferError(
        c,
        502,
        `ExternalError.${family}.GCDisconnected`,
        'The GCP endpoint is not currently connected to Globus',
        { 'HTTP status': '502', error_name: 'Transfer API Error' },
      );
    }
  }
  if (requiresDataAccessConsent(col)) {
    const scope = dataAccessScope(col.id);
    const granted =
      hasDependentScope(caller.token.scopes, TRANSFER_SCOPE, scope) ||
      hasConsent(world, caller.accountId, caller.token.clientId, scope, [TRANSFER_SCOPE]);
    if (!granted && emu.options.strict) {
      const required = [`${TRANSFER_SCOPE}[*${scope}]`];
      return transferError(c, 403, 'ConsentRequired', 'Missing required data_access consent', {
        authorization_parameters: {
          required_scopes: required,
          session_message: 'Missing required data_access consent',
        },
        required_scopes: required,
      });
    }
  }
  if (!sessionSatisfiesPolicy(world, col, caller, emu.auth.sessions) && emu.options.strict) {
    return transferError(c, 403, 'AuthPolicyFailed', 'Failing collection authentication policy', {
      authorization_parameters: {
        session_message: 'Failing collection authentication policy',
        session_required_policies: col.authenticationPolicyId ?? '',
      },
    });
  }
  return null;
}

/** Normalised collection path for a request path (`~` expanded); `echo` is what ls reports as `path`. */
export function resolveCollectionPath(
  world: World,
  col: Collection,
  caller: Caller,
  raw: string | undefined,
): { path: string; echo: string; expanded: boolean } {
  const input = raw === undefined || raw === '' ? (col.defaultDirectory ?? '/~/') : raw;
  const home = world.homeOf(col, caller.accountId);
  const expanded = expandHome(input, home);
  return {
    path: expanded ?? normalizePath(input),
    echo: withTrailingSlash(normalizePath(input)),
    expanded: expanded !== undefined,
  };
}

export function permissionDenied(c: Context<EmuEnv>, col: Collection, command: string, path: string): Response {
  return transferError(
    c,
    403,
    'EndpointPermissionDenied',
    endpointMessage(col, command, 'Denied by endpoint', `500 Command failed : Path not allowed: ${path}`),
  );
}
