/**
 * What a running task checks as the task's owner (not the token that submitted it):
 * conditions that stall the whole task (pause, GCP disconnected, consent rescinded,
 * activation expired) and per-unit permission / sync checks.
 */
import type { Emu } from '../core/context';
import { requiresDataAccessConsent, type Collection, type World } from '../core/world';
import { dataAccessScope, TRANSFER_SCOPE } from '../auth/scopes';
import { hasConsent } from '../auth/consents';
import { localUserFor, pathPermission, type Caller } from '../transfer/caller';
import { activationState } from '../transfer/endpoint-doc';
import { posixAllows } from '../transfer/operations';
import { parentPath } from '../vfs/paths';
import type { VfsNode, VfsTree } from '../vfs/tree';
import type { Stall, Task } from './task-model';
import { rulesFor } from './pause-rules';

/** The owner's account as a Transfer caller (identity set and groups as of now). */
export function ownerCaller(world: World, task: Task): Caller {
  const identityIds = world.identitySet(task.ownerId).map((i) => i.id);
  if (identityIds.length === 0) identityIds.push(task.ownerId);
  const token = {
    clientId: task.clientId,
    accountId: task.ownerId,
    scopes: [],
    sessionId: '',
  } as unknown as Caller['token'];
  return { token, accountId: task.ownerId, identityIds, groupIds: world.groupIdsOf(identityIds) };
}

function collectionsOf(world: World, task: Task): Collection[] {
  return [task.sourceId, task.destinationId].flatMap((id) => (id ? [world.collection(id)!] : [])).filter(Boolean);
}

/** Null when the task may progress; otherwise why not (nice_status codes: docs/protocol/tasks.md#task-status). */
export function stallOf(emu: Emu, task: Task, at: number): Stall | null {
  const world = emu.world;
  if (task.adminPause)
    return {
      niceStatus: 'PAUSED_BY_ADMIN',
      description: task.adminPause.message || 'Paused by an administrator',
      inactive: false,
      paused: true,
    };
  const rules = rulesFor(world, task, at);
  if (rules.length)
    return {
      niceStatus: 'PAUSED_BY_ADMIN',
      description: rules[0]!.rule.message || 'Paused by a pause rule',
      inactive: false,
      paused: true,
    };
  for (const col of collectionsOf(world, task)) {
    if (col.entityType.startsWith('GCP_') && col.gcpConnected === false)
      return {
        niceStatus: 'GC_NOT_CONNECTED',
        description: `Globus Connect Personal on ${col.displayName} is not connected`,
        inactive: false,
        paused: false,
      };
    if (col.entityType.startsWith('GCP_') && col.gcpPaused)
      return {
        niceStatus: 'GC_PAUSED',
        description: `Globus Connect Personal on ${col.displayName} is paused`,
        inactive: false,
        paused: false,
      };
    if (
      requiresDataAccessConsent(col) &&
      emu.options.strict &&
      !hasConsent(world, task.ownerId, task.clientId, dataAccessScope(col.id), [TRANSFER_SCOPE])
    )
      return {
        niceStatus: 'CONSENT_REQUIRED',
        description: `The data_access consent for ${col.displayName} is missing`,
        inactive: true,
        paused: false,
      };
    if (col.entityType === 'GCSv4_host' && !activationState(col, task.ownerId, at).activated)
      return {
        niceStatus: 'ACTIVATION_REQUIRED',
        description: `${col.displayName} needs activation`,
        inactive: true,
        paused: false,
      };
  }
  return null;
}

/** A collection of the task that disappeared (fatal). */
export function deletedSide(world: World, task: Task): Collection | null {
  return collectionsOf(world, task).find((c) => c.deleted) ?? null;
}

export interface SideAccess {
  col: Collection;
  tree: VfsTree;
  caller: Caller;
  localUser: string;
  tp(p: string): string;
}

export function sideAccess(world: World, col: Collection, caller: Caller): SideAccess {
  return {
    col,
    tree: world.storage(col),
    caller,
    localUser: localUserFor(world, col, caller),
    tp: (p) => world.treePath(col, p),
  };
}

export function canRead(world: World, s: SideAccess, collPath: string, node: VfsNode | undefined): boolean {
  if (!pathPermission(world, s.col, s.caller, collPath)) return false;
  return !node || node.kind === 'symlink' || posixAllows(node, s.localUser, 'r');
}

/** Write access at a collection path: ACL/role rw and POSIX w on the nearest existing ancestor directory. */
export function canWrite(world: World, s: SideAccess, collPath: string): boolean {
  if (pathPermission(world, s.col, s.caller, collPath) !== 'rw') return false;
  let p = s.tp(parentPath(collPath));
  for (;;) {
    const node = s.tree.tryStat(p, true);
    if (node) return node.kind === 'dir' && posixAllows(node, s.localUser, 'w');
    if (p === '/') return false;
    p = parentPath(p);
  }
}
