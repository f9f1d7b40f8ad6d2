/**
 * Roles on Globus Connect Personal / legacy entities (docs/protocol/transfer.md#roles). GET works for
 * every entity; changes only for GCP and GCSv4 (GCSv5 roles live in the GCS Manager API).
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import type { Collection, Role, RoleName } from '../core/world';
import { readJson, resultDoc, str } from './body';
import { callerOf, effectiveRoles } from './caller';
import { findCollection } from './collection-access';

const ROLE_NAMES: RoleName[] = ['administrator', 'access_manager', 'activity_manager', 'activity_monitor'];

function roleDoc(r: Role): Record<string, unknown> {
  return { DATA_TYPE: 'role', id: r.id, principal_type: r.principalType, principal: r.principal, role: r.role };
}

function editable(c: Context<EmuEnv>): Collection | Response {
  const col = findCollection(c, c.req.param('id') ?? '');
  if (col instanceof Response) return col;
  if (col.entityType.startsWith('GCSv5_'))
    return transferError(c, 400, 'BadRequest', 'GCSv5 roles are managed through the GCS Manager API');
  if (!effectiveRoles(col, callerOf(c)).includes('administrator'))
    return transferError(c, 403, 'PermissionDenied', 'You need the administrator role on this endpoint');
  return col;
}

export function registerRoles(app: Hono<EmuEnv>): void {
  // Only someone holding a role on the endpoint may read its roles (provisional: the live rule is not recorded).
  app.get('/v0.10/endpoint/:id/role_list', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    if (effectiveRoles(col, callerOf(c)).length === 0)
      return transferError(c, 403, 'PermissionDenied', 'You need a role on this endpoint to see its roles');
    return c.json({ DATA_TYPE: 'role_list', DATA: col.roles.map(roleDoc) });
  });

  app.get('/v0.10/endpoint/:id/role/:role', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    const r = col.roles.find((x) => x.id === c.req.param('role'));
    return r ? c.json(roleDoc(r)) : transferError(c, 404, 'RoleNotFound', `Role '${c.req.param('role')}' not found`);
  });

  app.post('/v0.10/endpoint/:id/role', async (c) => {
    const col = editable(c);
    if (col instanceof Response) return col;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const principalType = str(body.principal_type);
    const principal = (str(body.principal) ?? '').toLowerCase();
    const role = str(body.role) as RoleName | undefined;
    const world = c.get('emu').world;
    if (principalType !== 'identity' && principalType !== 'group')
      return transferError(c, 400, 'BadRequest', "principal_type must be 'identity' or 'group'");
    if (!role || !ROLE_NAMES.includes(role))
      return transferError(c, 400, 'BadRequest', `role must be one of ${ROLE_NAMES.join(', ')}`);
    if (principalType === 'identity' ? !world.identity(principal) : !world.groups.has(principal))
      return transferError(c, 400, 'BadRequest', `Unknown ${principalType} '${principal}'`);
    if (col.roles.some((r) => r.principal === principal && r.role === role))
      return transferError(c, 409, 'Exists', 'That role assignment already exists');
    const r: Role = { id: world.nextId('role'), principalType, principal, role };
    col.roles.push(r);
    return c.json(roleDoc(r), 201);
  });

  app.delete('/v0.10/endpoint/:id/role/:role', (c) => {
    const col = editable(c);
    if (col instanceof Response) return col;
    const idx = col.roles.findIndex((x) => x.id === c.req.param('role'));
    if (idx < 0) return transferError(c, 404, 'RoleNotFound', `Role '${c.req.param('role')}' not found`);
    col.roles.splice(idx, 1);
    return c.json(resultDoc(c, 'Deleted', 'Role deleted successfully'));
  });
}
