/**
 * Groups v2 (docs/protocol/groups.md): `GET /v2/groups/my_groups?statuses=` and `GET /v2/groups/{id}`.
 * Shapes: fixtures groups.get_my_groups.json (top-level array) and groups.get_group.json.
 * Other Groups routes fall through to the loud 501.
 */
import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { requireBearer } from '../core/bearer';
import { groupsError } from '../core/errors';
import type { Group, MembershipStatus, World } from '../core/world';
import { GROUPS_RS } from '../auth/scopes';

const STATUSES: MembershipStatus[] = ['active', 'invited', 'pending', 'rejected', 'removed', 'left', 'declined'];

function groupDoc(
  world: World,
  g: Group,
  identityIds: string[],
  statuses: MembershipStatus[] | null,
): Record<string, unknown> {
  const mine = g.memberships
    .filter((m) => identityIds.includes(m.identityId) && (!statuses || statuses.includes(m.status)))
    .map((m) => ({
      group_id: g.id,
      identity_id: m.identityId,
      username: world.identity(m.identityId)?.username ?? null,
      role: m.role,
      status: m.status,
    }));
  return {
    name: g.name,
    description: g.description,
    parent_id: g.parentId,
    id: g.id,
    group_type: g.groupType,
    enforce_session: false,
    session_limit: 28800,
    session_timeouts: {},
    my_memberships: mine,
    policies: { group_visibility: g.visibility, group_members_visibility: g.membersVisibility },
    subscription_id: g.groupType === 'plus' ? 'e0d1c1e0-0000-4000-8000-00000005ab5c' : null,
    subscription_info: null,
  };
}

export function registerGroupsRoutes(app: Hono<EmuEnv>): void {
  app.use('/v2/groups/*', requireBearer('groups', GROUPS_RS));

  app.get('/v2/groups/my_groups', (c) => {
    const world = c.get('emu').world;
    const ids = world.identitySet(c.get('token').accountId).map((i) => i.id);
    const raw = (c.req.queries('statuses') ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = raw.find((s) => !STATUSES.includes(s as MembershipStatus));
    if (bad)
      return c.json(
        {
          detail: [
            {
              loc: ['query', 'statuses'],
              msg: `value is not a valid enumeration member: '${bad}'`,
              type: 'type_error.enum',
            },
          ],
        },
        422,
      );
    const statuses = (raw.length ? raw : ['active']) as MembershipStatus[];
    const groups = [...world.groups.values()].filter((g) =>
      g.memberships.some((m) => ids.includes(m.identityId) && statuses.includes(m.status)),
    );
    return c.json(groups.map((g) => groupDoc(world, g, ids, statuses)));
  });

  app.get('/v2/groups/:id', (c) => {
    const world = c.get('emu').world;
    const ids = world.identitySet(c.get('token').accountId).map((i) => i.id);
    const g = world.groups.get(c.req.param('id').toLowerCase());
    const member = g?.memberships.some((m) => ids.includes(m.identityId));
    if (!g || (g.visibility === 'private' && !member))
      return groupsError(c, 404, 'NOT_FOUND', 'Group not found or not visible to you');
    const doc = groupDoc(world, g, ids, null);
    const include = (c.req.query('include') ?? '').split(',');
    const manager = g.memberships.some(
      (m) => ids.includes(m.identityId) && m.status === 'active' && (m.role === 'admin' || m.role === 'manager'),
    );
    const activeMember = g.memberships.some((m) => ids.includes(m.identityId) && m.status === 'active');
    if (include.includes('memberships') && (manager || (g.membersVisibility === 'members' && activeMember))) {
      doc.memberships = g.memberships.map((m) => ({
        group_id: g.id,
        identity_id: m.identityId,
        username: world.identity(m.identityId)?.username ?? null,
        role: m.role,
        status: m.status,
      }));
    }
    return c.json(doc);
  });
}
