/**
 * Who may act as an endpoint manager (docs/protocol/endpoint-manager.md): administrators and activity
 * managers / monitors of a collection (or of the host a guest collection sits on) see the
 * tasks touching it; only administrators and activity managers may cancel, pause or resume
 * them and edit pause rules.
 */
import type { Collection, RoleName, World } from '../core/world';
import { effectiveRoles, type Caller } from '../transfer/caller';
import type { Task } from './task-model';

const MONITOR: RoleName[] = ['administrator', 'activity_manager', 'activity_monitor'];
const MANAGER: RoleName[] = ['administrator', 'activity_manager'];

function rolesWithHost(world: World, col: Collection, caller: Caller): RoleName[] {
  const host = col.hostCollectionId ? world.collection(col.hostCollectionId) : undefined;
  return [...effectiveRoles(col, caller), ...(host ? effectiveRoles(host, caller) : [])];
}

export function monitors(world: World, col: Collection, caller: Caller): boolean {
  return rolesWithHost(world, col, caller).some((r) => MONITOR.includes(r));
}

export function manages(world: World, col: Collection, caller: Caller): boolean {
  return rolesWithHost(world, col, caller).some((r) => MANAGER.includes(r));
}

/** Which sides of a task the caller monitors (or manages, when `manage`). */
export function managedSides(
  world: World,
  t: Task,
  caller: Caller,
  manage: boolean,
): { source: boolean; destination: boolean } {
  const check = manage ? manages : monitors;
  const src = world.collection(t.sourceId);
  const dst = t.destinationId ? world.collection(t.destinationId) : undefined;
  return { source: !!src && check(world, src, caller), destination: !!dst && check(world, dst, caller) };
}

export function canSee(world: World, t: Task, caller: Caller): boolean {
  const s = managedSides(world, t, caller, false);
  return s.source || s.destination;
}
