/**
 * Endpoint/collection routes (docs/protocol/transfer.md#collections): endpoint_search, GET/PUT/DELETE
 * endpoint/{id}, server_list, my_shared_endpoint_list, shared_endpoint_list.
 * Shapes: fixtures transfer.endpoint_search*.json, transfer.get_endpoint.*.json,
 * transfer.update_endpoint.json, transfer.delete_endpoint.json, transfer.endpoint_server_list.json;
 * shared_endpoint_list `{shared_endpoints, next_token}` per docs/protocol/transfer.md#paging (no fixture).
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { baseUrlOf } from '../core/context';
import { transferError } from '../core/errors';
import type { Collection } from '../core/world';
import { readJson, resultDoc } from './body';
import { aclPermission, callerOf, effectiveRoles, isGuest, isManager, type Caller } from './caller';
import { endpointDoc, serverDocs } from './endpoint-doc';
import { findCollection } from './collection-access';

const SCOPES = [
  'all',
  'my-endpoints',
  'my-gcp-endpoints',
  'recently-used',
  'in-use',
  'shared-by-me',
  'shared-with-me',
  'administered-by-me',
  'hide-no-permissions',
];
const ENTITY_TYPES = [
  'GCP_mapped_collection',
  'GCP_guest_collection',
  'GCSv5_endpoint',
  'GCSv5_mapped_collection',
  'GCSv5_guest_collection',
];

function searchText(col: Collection): string {
  return [col.displayName, col.legacyName, col.description, col.organization, col.department, col.keywords, col.id]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

function canAccessSomething(c: Context<EmuEnv>, col: Collection, caller: Caller): boolean {
  if (effectiveRoles(col, caller).length) return true;
  if (isGuest(col)) return col.acl.some((r) => aclPermission(c.get('emu').world, col, caller, r.path) !== null);
  return col.entityType !== 'GCP_mapped_collection';
}

function inScope(c: Context<EmuEnv>, scope: string, col: Collection, caller: Caller): boolean {
  const world = c.get('emu').world;
  const mine = caller.identityIds.includes(col.ownerId);
  switch (scope) {
    case 'all':
      return col.public || canAccessSomething(c, col, caller);
    case 'my-endpoints':
      return mine;
    case 'my-gcp-endpoints':
      return mine && col.entityType.startsWith('GCP_');
    case 'recently-used':
      return (world.recentlyUsed.get(caller.accountId) ?? []).includes(col.id);
    case 'in-use':
      return world.tasks.inUse(col.id, caller.accountId);
    case 'shared-by-me':
      return isGuest(col) && isManager(col, caller);
    case 'shared-with-me':
      return (
        isGuest(col) &&
        !isManager(col, caller) &&
        col.acl.some(
          (r) =>
            (r.principalType === 'identity' && caller.identityIds.includes(r.principal)) ||
            (r.principalType === 'group' && caller.groupIds.has(r.principal)),
        )
      );
    case 'administered-by-me':
      return effectiveRoles(col, caller).includes('administrator');
    case 'hide-no-permissions':
      return canAccessSomething(c, col, caller);
    default:
      return false;
  }
}

function bad(c: Context<EmuEnv>, message: string): Response {
  return transferError(c, 400, 'ClientError.BadRequest', message);
}

export function registerEndpointRoutes(app: Hono<EmuEnv>): void {
  app.get('/v0.10/endpoint_search', (c) => {
    const world = c.get('emu').world;
    const caller = callerOf(c);
    const q = (k: string) => c.req.query(k);
    const scope = q('filter_scope') ?? 'all';
    const text = (q('filter_fulltext') ?? '').trim();
    if (!SCOPES.includes(scope)) return bad(c, `Invalid filter_scope '${scope}'`);
    if (scope === 'all' && !text) return bad(c, "filter_fulltext is required when filter_scope is 'all'");
    const owner = q('filter_owner_id');
    if (owner && ['my-endpoints', 'my-gcp-endpoints', 'shared-by-me'].includes(scope))
      return bad(c, `filter_owner_id cannot be combined with filter_scope '${scope}'`);
    const entityType = q('filter_entity_type');
    const nonFunctional = q('filter_non_functional');
    if (entityType !== undefined && nonFunctional !== undefined)
      return bad(c, 'filter_entity_type and filter_non_functional are mutually exclusive');
    if (entityType !== undefined && !ENTITY_TYPES.includes(entityType))
      return bad(c, `Invalid filter_entity_type '${entityType}'`);
    if (nonFunctional !== undefined && !/^(0|1|true|false)$/i.test(nonFunctional))
      return bad(c, 'filter_non_functional must be 0, 1, true or false');
    const limit = Number(q('limit') ?? 100);
    const offset = Number(q('offset') ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return bad(c, 'limit must be between 1 and 100');
    if (!Number.isInteger(offset) || offset < 0 || offset + limit > 1000)
      return bad(c, 'offset + limit must not exceed 1000');
    const ownerId = owner
      ? ((world.identity(owner.toLowerCase()) ?? world.identityByUsername(owner))?.id ?? owner)
      : undefined;
    const hostFilter = q('filter_host_endpoint');
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const hits: { col: Collection; rank: number }[] = [];
    for (const col of world.collections.values()) {
      if (col.deleted || !inScope(c, scope, col, caller)) continue;
      if (ownerId && col.ownerId !== ownerId) continue;
      if (entityType && col.entityType !== entityType) continue;
      if (nonFunctional !== undefined && (col.entityType === 'GCSv5_endpoint') !== /^(1|true)$/i.test(nonFunctional))
        continue;
      if (hostFilter && col.hostCollectionId !== hostFilter && col.nonFunctionalEndpointId !== hostFilter) continue;
      const hay = searchText(col);
      if (words.some((w) => !hay.includes(w))) continue;
      const rank = words.reduce((r, w) => r + (col.displayName.toLowerCase().includes(w) ? 1 : 0.5), 1);
      hits.push({ col, rank });
    }
    hits.sort((a, b) => b.rank - a.rank || a.col.displayName.localeCompare(b.col.displayName));
    const capped = hits.slice(0, 1000);
    const page = capped.slice(offset, offset + limit);
    const base = baseUrlOf(c);
    return c.json({
      DATA_TYPE: 'endpoint_list',
      limit,
      offset,
      has_next_page: offset + limit < capped.length,
      // Search items add `_rank` and `is_go_storage` (fixture transfer.endpoint_search.json).
      DATA: page.map(({ col, rank }) => ({
        ...endpointDoc(world, col, caller, base),
        _rank: rank,
        is_go_storage: false,
      })),
    });
  });

  app.get('/v0.10/endpoint/:id', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    return c.json(endpointDoc(c.get('emu').world, col, callerOf(c), baseUrlOf(c)));
  });

  app.put('/v0.10/endpoint/:id', async (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    const editable = col.entityType.startsWith('GCP_') || col.entityType === 'GCSv4_share';
    if (!editable)
      return transferError(
        c,
        400,
        'BadRequest',
        `${col.entityType} documents are read-only in Transfer; manage them through the GCS Manager API`,
      );
    if (!effectiveRoles(col, callerOf(c)).includes('administrator'))
      return transferError(c, 403, 'PermissionDenied', 'You do not have the administrator role on this endpoint');
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const text = (k: string): string | null | undefined =>
      typeof body[k] === 'string' ? body[k] : body[k] === null ? null : undefined;
    const set = <K extends keyof Collection>(key: K, v: Collection[K] | undefined) => {
      if (v !== undefined) col[key] = v;
    };
    const name = text('display_name');
    if (name === null || name === '') return transferError(c, 400, 'BadRequest', 'display_name cannot be empty');
    set('displayName', name);
    set('description', text('description'));
    set('organization', text('organization'));
    set('department', text('department'));
    set('keywords', text('keywords'));
    set('contactEmail', text('contact_email'));
    set('infoLink', text('info_link'));
    set('defaultDirectory', text('default_directory'));
    set('contactInfo', text('contact_info'));
    if (typeof body.force_encryption === 'boolean') col.forceEncryption = body.force_encryption;
    if (typeof body.disable_verify === 'boolean') col.disableVerify = body.disable_verify;
    // A guest takes these from its host (docs/protocol/transfer.md#updating-and-deleting-collections).
    if (!isGuest(col)) {
      if (typeof body.public === 'boolean') col.public = body.public;
      set('userMessage', text('user_message'));
      set('userMessageLink', text('user_message_link'));
    }
    return c.json(resultDoc(c, 'Updated', 'Endpoint updated successfully'));
  });

  app.delete('/v0.10/endpoint/:id', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    if (!col.entityType.startsWith('GCP_') && col.entityType !== 'GCSv4_share')
      return transferError(
        c,
        400,
        'BadRequest',
        `${col.entityType} entities cannot be deleted through Transfer; use the GCS Manager API`,
      );
    if (!effectiveRoles(col, callerOf(c)).includes('administrator'))
      return transferError(c, 403, 'PermissionDenied', 'You do not have the administrator role on this endpoint');
    col.deleted = true;
    return c.json(resultDoc(c, 'Deleted', 'Endpoint deleted successfully'));
  });

  app.get('/v0.10/endpoint/:id/server_list', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    return c.json({ DATA: serverDocs(col, 0), DATA_TYPE: 'endpoint_server_list', endpoint: col.legacyName });
  });

  const guestsOn = (c: Context<EmuEnv>, host: Collection, caller: Caller, all: boolean) =>
    [...c.get('emu').world.collections.values()].filter(
      (g) => !g.deleted && g.hostCollectionId === host.id && isGuest(g) && (all || isManager(g, caller)),
    );

  app.get('/v0.10/endpoint/:id/my_shared_endpoint_list', (c) => {
    const host = findCollection(c, c.req.param('id'));
    if (host instanceof Response) return host;
    const caller = callerOf(c);
    const world = c.get('emu').world;
    return c.json({
      DATA_TYPE: 'endpoint_list',
      DATA: guestsOn(c, host, caller, false).map((g) => endpointDoc(world, g, caller, baseUrlOf(c))),
    });
  });

  app.get('/v0.10/endpoint/:id/shared_endpoint_list', (c) => {
    const host = findCollection(c, c.req.param('id'));
    if (host instanceof Response) return host;
    const caller = callerOf(c);
    const world = c.get('emu').world;
    const all = guestsOn(c, host, caller, effectiveRoles(host, caller).includes('administrator'));
    const max = Math.min(Number(c.req.query('max_results') ?? 1000) || 1000, 1000);
    const start = Number(c.req.query('next_token') ?? 0) || 0;
    const page = all.slice(start, start + max);
    return c.json({
      shared_endpoints: page.map((g) => endpointDoc(world, g, caller, baseUrlOf(c))),
      next_token: start + max < all.length ? String(start + max) : null,
    });
  });
}
