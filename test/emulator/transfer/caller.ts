/**
 * Who is calling Transfer: the token's account, its linked identities and groups, and
 * the roles / access-rule permissions that follow on a collection.
 */
import type { Context } from 'hono';
import type { EmuEnv } from '../core/context';
import type { Collection, RoleName, World } from '../core/world';
import { isWithin } from '../vfs/paths';
import type { TokenRecord } from '../auth/auth-state';

export interface Caller {
  token: TokenRecord;
  accountId: string;
  identityIds: string[];
  groupIds: Set<string>;
}

export function callerOf(c: Context<EmuEnv>): Caller {
  const token = c.get('token');
  const world = c.get('emu').world;
  const identityIds = world.identitySet(token.accountId).map((i) => i.id);
  if (identityIds.length === 0) identityIds.push(token.accountId);
  return { token, accountId: token.accountId, identityIds, groupIds: world.groupIdsOf(identityIds) };
}

export function effectiveRoles(col: Collection, caller: Caller): RoleName[] {
  const out = new Set<RoleName>();
  for (const r of col.roles) {
    if (
      (r.principalType === 'identity' && caller.identityIds.includes(r.principal)) ||
      (r.principalType === 'group' && caller.groupIds.has(r.principal))
    )
      out.add(r.role);
  }
  return [...out];
}

export function isManager(col: Collection, caller: Caller): boolean {
  const roles = effectiveRoles(col, caller);
  return roles.includes('administrator') || roles.includes('access_manager');
}

export const GUEST_TYPES = ['GCSv5_guest_collection', 'GCP_guest_collection', 'GCSv4_share'];

export function isGuest(col: Collection): boolean {
  return GUEST_TYPES.includes(col.entityType);
}

/** Access-rule permission the caller has at a guest-collection path (null = none). */
export function aclPermission(world: World, col: Collection, caller: Caller, path: string): 'r' | 'rw' | null {
  let best: 'r' | 'rw' | null = null;
  const now = world.now();
  for (const rule of col.acl) {
    if (rule.expirationDate && Date.parse(rule.expirationDate) / 1000 <= now) continue;
    const applies =
      rule.principalType === 'all_authenticated_users' ||
      rule.principalType === 'anonymous' ||
      (rule.principalType === 'identity' && caller.identityIds.includes(rule.principal)) ||
      (rule.principalType === 'group' && caller.groupIds.has(rule.principal));
    if (!applies || !isWithin(path, rule.path)) continue;
    if (rule.permissions === 'rw') return 'rw';
    best = 'r';
  }
  return best;
}

/** What the caller may do at a collection path: guest collections by roles + ACLs; GCP mapped by roles; others by identity mapping. */
export function pathPermission(world: World, col: Collection, caller: Caller, path: string): 'r' | 'rw' | null {
  if (isManager(col, caller)) return 'rw';
  if (isGuest(col)) return aclPermission(world, col, caller, path);
  if (col.entityType === 'GCP_mapped_collection') return null;
  return 'rw';
}

/** The local POSIX account the storage acts as: the guest owner for guest and GCP collections, else the caller. */
export function localUserFor(world: World, col: Collection, caller: Caller): string {
  const ownerBased = isGuest(col) || col.entityType.startsWith('GCP_');
  return world.identity(ownerBased ? col.ownerId : caller.accountId)?.localUser ?? 'nobody';
}

/** A caller for pages outside the Transfer API (helper pages, HTTPS servers) acting for an account. */
export function callerForAccount(world: World, token: TokenRecord): Caller {
  const identityIds = world.identitySet(token.accountId).map((i) => i.id);
  if (identityIds.length === 0) identityIds.push(token.accountId);
  return { token, accountId: token.accountId, identityIds, groupIds: world.groupIdsOf(identityIds) };
}
