/**
 * Guest collections and their access rules (docs/protocol/transfer.md#guest-collections, #access-rules).
 * Shapes: fixtures transfer.create_shared_endpoint.json, transfer.add_endpoint_acl_rule.json,
 * transfer.get_endpoint_acl_rule.json, transfer.update_endpoint_acl_rule.json; access_list per
 * docs/protocol/transfer.md#access-rules and docs/protocol/sharing.md. Error codes for ACLs (Exists and LimitExceeded
 * 409, InvalidPath 400 for a path outside the collection, BadRequest 400 for an expiry in the past,
 * AccessRuleNotFound 404) are provisional ([?] there).
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import type { AccessRule, Collection } from '../core/world';
import { expandHome, normalizePath, withTrailingSlash } from '../vfs/paths';
import { readJson, resultDoc, str } from './body';
import { callerOf, effectiveRoles, isGuest, isManager } from './caller';
import { aclTime } from './endpoint-doc';
import { checkCollectionAccess, findCollection } from './collection-access';

const PRINCIPAL_TYPES = ['identity', 'group', 'all_authenticated_users', 'anonymous'];

export function accessDoc(rule: AccessRule): Record<string, unknown> {
  return {
    DATA_TYPE: 'access',
    create_time: aclTime(rule.createTime),
    expiration_date: rule.expirationDate,
    id: rule.id,
    path: rule.path,
    permissions: rule.permissions,
    principal: rule.principal,
    principal_type: rule.principalType,
    role_id: null,
    role_type: null,
  };
}

function guestForAcl(c: Context<EmuEnv>): Collection | Response {
  const col = findCollection(c, c.req.param('id') ?? '');
  if (col instanceof Response) return col;
  if (!isGuest(col))
    return transferError(
      c,
      400,
      'BadRequest',
      `Access rules are only available on guest collections; '${col.displayName}' is a ${col.entityType}`,
    );
  if (!isManager(col, callerOf(c)))
    return transferError(
      c,
      403,
      'PermissionDenied',
      'You need the administrator or access_manager role on this collection',
    );
  return col;
}

/** True when `..` segments climb above the collection's root (Transfer refuses such paths rather than clamping them). */
function escapesRoot(path: string): boolean {
  let depth = 0;
  for (const seg of path.split('/')) {
    if (seg === '..') depth--;
    else if (seg !== '' && seg !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** null when the expiry is acceptable (absent, or a parseable time after now), else the error Response. */
function badExpiry(c: Context<EmuEnv>, value: unknown): Response | null {
  if (value === undefined || value === null) return null;
  const t = typeof value === 'string' ? Date.parse(value.replace(' ', 'T')) : NaN;
  if (Number.isNaN(t))
    return transferError(
      c,
      400,
      'BadRequest',
      `Invalid expiration_date ${JSON.stringify(value)}: use an ISO 8601 time`,
    );
  if (t / 1000 <= c.get('emu').world.now())
    return transferError(c, 400, 'BadRequest', 'expiration_date must be in the future');
  return null;
}

function findRule(c: Context<EmuEnv>, col: Collection): AccessRule | Response {
  const rule = col.acl.find((r) => r.id === c.req.param('rule'));
  return rule ?? transferError(c, 404, 'AccessRuleNotFound', `Access rule '${c.req.param('rule')}' not found`);
}

export function registerSharing(app: Hono<EmuEnv>): void {
  app.post('/v0.10/shared_endpoint', async (c) => {
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const hostId = str(body.host_endpoint_id) ?? str(body.host_endpoint);
    const hostPathRaw = str(body.host_path);
    const name = str(body.display_name);
    if (!hostId || !hostPathRaw || !name)
      return transferError(
        c,
        400,
        'ClientError.BadRequest',
        'host_endpoint (or host_endpoint_id), host_path and display_name are required',
      );
    const host = findCollection(c, hostId);
    if (host instanceof Response) return host;
    const caller = callerOf(c);
    if (host.entityType !== 'GCP_mapped_collection' && host.entityType !== 'GCSv4_host')
      return transferError(
        c,
        400,
        'ClientError.BadRequest',
        'Guest collections on GCSv5 are created through the GCS Manager API (POST /api/collections)',
      );
    if (host.entityType === 'GCP_mapped_collection' && !effectiveRoles(host, caller).includes('administrator'))
      return transferError(
        c,
        403,
        'PermissionDenied',
        'Only the owner of a Globus Connect Personal collection can share from it',
      );
    const denied = checkCollectionAccess(c, host, caller, 'ls');
    if (denied) return denied;
    const world = c.get('emu').world;
    const hostPath = withTrailingSlash(
      expandHome(hostPathRaw, world.homeOf(host, caller.accountId)) ?? normalizePath(hostPathRaw),
    );
    const node = world.storage(host).tryStat(world.treePath(host, hostPath), true);
    if (!node || node.kind !== 'dir')
      return transferError(
        c,
        400,
        'ClientError.BadRequest',
        `host_path '${hostPath}' is not an existing directory on the host`,
      );
    const id = world.nextId('guest');
    const guest: Collection = {
      ...host,
      id,
      entityType: host.entityType === 'GCSv4_host' ? 'GCSv4_share' : 'GCP_guest_collection',
      displayName: name,
      ownerId: caller.accountId,
      description: str(body.description) ?? null,
      organization: str(body.organization) ?? null,
      department: str(body.department) ?? null,
      keywords: str(body.keywords) ?? null,
      contactEmail: str(body.contact_email) ?? null,
      infoLink: str(body.info_link) ?? null,
      public: false,
      root: world.treePath(host, hostPath),
      homeTemplate: '/',
      defaultDirectory: str(body.default_directory) ?? null,
      hostCollectionId: host.id,
      hostPath,
      createdAt: world.now(),
      roles: [
        { id: world.nextId('role'), principalType: 'identity', principal: caller.accountId, role: 'administrator' },
      ],
      acl: [],
      activations: new Map(),
      legacyName: `${world.identity(caller.accountId)?.username.split('@')[0] ?? 'user'}#${id}`,
    };
    world.collections.set(id, guest);
    // Live status believed 201 (docs/protocol/transfer.md#guest-collections [B]); fixture shows 200.
    return c.json(
      {
        ...resultDoc(c, 'Created', 'Shared endpoint created', 'endpoint_create_result'),
        id,
        globus_connect_setup_key: null,
      },
      201,
    );
  });

  app.get('/v0.10/endpoint/:id/access_list', (c) => {
    const col = guestForAcl(c);
    if (col instanceof Response) return col;
    // Rules synthesised from roles have id null and a role_id (docs/protocol/transfer.md#access-rules [B]).
    const fromRoles = col.roles
      .filter((r) => r.role === 'administrator' || r.role === 'access_manager')
      .map((r) => ({
        DATA_TYPE: 'access',
        create_time: aclTime(col.createdAt),
        expiration_date: null,
        id: null,
        path: '/',
        permissions: 'rw',
        principal: r.principal,
        principal_type: r.principalType,
        role_id: r.id,
        role_type: r.role,
      }));
    const data = [...fromRoles, ...col.acl.map(accessDoc)];
    return c.json({ DATA_TYPE: 'access_list', endpoint: col.id, length: data.length, DATA: data });
  });

  app.post('/v0.10/endpoint/:id/access', async (c) => {
    const col = guestForAcl(c);
    if (col instanceof Response) return col;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const world = c.get('emu').world;
    const principalType = str(body.principal_type) ?? '';
    const principal = str(body.principal) ?? '';
    const path = str(body.path) ?? '';
    const permissions = str(body.permissions) ?? '';
    if (!PRINCIPAL_TYPES.includes(principalType))
      return transferError(c, 400, 'BadRequest', `Invalid principal_type '${principalType}'`);
    if (principalType === 'identity' && !world.identity(principal.toLowerCase()))
      return transferError(c, 400, 'BadRequest', `Unknown identity '${principal}'`);
    if (principalType === 'group' && !world.groups.has(principal))
      return transferError(c, 400, 'BadRequest', `Unknown group '${principal}'`);
    if ((principalType === 'all_authenticated_users' || principalType === 'anonymous') && principal !== '')
      return transferError(c, 400, 'BadRequest', `principal must be "" for ${principalType}`);
    if (escapesRoot(path)) return transferError(c, 400, 'InvalidPath', `The path '${path}' is outside the collection`);
    if (!path.startsWith('/') || !path.endsWith('/'))
      return transferError(
        c,
        400,
        'InvalidPath',
        `Access rule paths must be absolute directory paths ending with '/': '${path}'`,
      );
    if (permissions !== 'r' && permissions !== 'rw')
      return transferError(c, 400, 'BadRequest', "permissions must be 'r' or 'rw'");
    const expiryProblem = badExpiry(c, body.expiration_date);
    if (expiryProblem) return expiryProblem;
    const normalized = withTrailingSlash(normalizePath(path));
    if (
      col.acl.some(
        (r) => r.principalType === principalType && r.principal === principal.toLowerCase() && r.path === normalized,
      )
    )
      return transferError(c, 409, 'Exists', 'An access rule for this principal and path already exists');
    if (col.acl.length >= 1000)
      return transferError(c, 409, 'LimitExceeded', 'Too many access rules on this collection');
    const rule: AccessRule = {
      id: world.nextId('acl'),
      principalType: principalType as AccessRule['principalType'],
      principal: principal.toLowerCase(),
      path: normalized,
      permissions,
      createTime: world.now(),
      expirationDate: str(body.expiration_date) ?? null,
    };
    col.acl.push(rule);
    // Shape: fixture transfer.add_endpoint_acl_rule.json (access_id is a UUID string in live documents); status believed 201.
    return c.json(
      { ...resultDoc(c, 'Created', 'Access rule created successfully.', 'access_create_result'), access_id: rule.id },
      201,
    );
  });

  app.get('/v0.10/endpoint/:id/access/:rule', (c) => {
    const col = guestForAcl(c);
    if (col instanceof Response) return col;
    const rule = findRule(c, col);
    return rule instanceof Response ? rule : c.json(accessDoc(rule));
  });

  app.put('/v0.10/endpoint/:id/access/:rule', async (c) => {
    const col = guestForAcl(c);
    if (col instanceof Response) return col;
    const rule = findRule(c, col);
    if (rule instanceof Response) return rule;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    if (body.permissions !== undefined && body.permissions !== 'r' && body.permissions !== 'rw')
      return transferError(c, 400, 'BadRequest', "permissions must be 'r' or 'rw'");
    const expiryProblem = badExpiry(c, body.expiration_date);
    if (expiryProblem) return expiryProblem;
    if (body.permissions === 'r' || body.permissions === 'rw') rule.permissions = body.permissions;
    if (body.expiration_date !== undefined) rule.expirationDate = str(body.expiration_date) ?? null;
    return c.json(resultDoc(c, 'Updated', `Access rule '${rule.id}' updated successfully`));
  });

  app.delete('/v0.10/endpoint/:id/access/:rule', (c) => {
    const col = guestForAcl(c);
    if (col instanceof Response) return col;
    const rule = findRule(c, col);
    if (rule instanceof Response) return rule;
    col.acl.splice(col.acl.indexOf(rule), 1);
    return c.json(resultDoc(c, 'Deleted', `Access rule '${rule.id}' deleted successfully`));
  });
}
