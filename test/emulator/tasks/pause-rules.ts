/**
 * Pause rules (docs/protocol/tasks.md#pause-rules, #endpoint-manager): set by endpoint
 * administrators / activity managers on a collection; while one applies to a task's side and operation, the task is paused and
 * `pause_info` lists it. `identity_id` null means every identity; `start_time` null means now.
 * Shape: fixture transfer.task_pause_info.json (`pause_rule` items).
 */
import { isoTimestamp } from '../core/clock';
import type { World } from '../core/world';
import type { Task } from './task-model';
import { fieldText } from '../core/text';

export interface PauseRule {
  id: string;
  endpointId: string;
  identityId: string | null;
  message: string;
  startTime: number | null;
  modifiedById: string;
  createdByHostManager: boolean;
  pauseLs: boolean;
  pauseMkdir: boolean;
  pauseRename: boolean;
  pauseSymlink: boolean;
  pauseTaskDelete: boolean;
  pauseTaskTransferWrite: boolean;
  pauseTaskTransferRead: boolean;
}

const FLAGS = [
  ['pause_ls', 'pauseLs'],
  ['pause_mkdir', 'pauseMkdir'],
  ['pause_rename', 'pauseRename'],
  ['pause_symlink', 'pauseSymlink'],
  ['pause_task_delete', 'pauseTaskDelete'],
  ['pause_task_transfer_write', 'pauseTaskTransferWrite'],
  ['pause_task_transfer_read', 'pauseTaskTransferRead'],
] as const;

function active(rule: PauseRule, identityId: string, now: number): boolean {
  return (
    (rule.identityId === null || rule.identityId === identityId) && (rule.startTime === null || rule.startTime <= now)
  );
}

/** Rules pausing this task now, with the side they apply to. */
export function rulesFor(world: World, task: Task, now: number): { rule: PauseRule; side: 'source' | 'destination' }[] {
  const out: { rule: PauseRule; side: 'source' | 'destination' }[] = [];
  for (const rule of world.tasks.pauseRules.values()) {
    if (!active(rule, task.ownerId, now)) continue;
    if (task.type === 'DELETE') {
      if (rule.endpointId === task.sourceId && rule.pauseTaskDelete) out.push({ rule, side: 'source' });
      continue;
    }
    if (rule.endpointId === task.sourceId && rule.pauseTaskTransferRead) out.push({ rule, side: 'source' });
    if (rule.endpointId === task.destinationId && rule.pauseTaskTransferWrite) out.push({ rule, side: 'destination' });
  }
  return out;
}

/** The rule's operation switches. */
export const PAUSE_FLAGS = FLAGS.map(([, key]) => key);

export function rulesForEndpoint(
  world: World,
  endpointId: string,
  identityId: string | null,
  now: number,
): PauseRule[] {
  return [...world.tasks.pauseRules.values()].filter(
    (r) => r.endpointId === endpointId && (identityId === null || active(r, identityId, now)),
  );
}

/**
 * Admin view (docs/protocol/tasks.md#endpoint-manager): fields of fixture transfer.task_pause_info.json
 * plus display name and flags.
 */
export function pauseRuleDoc(world: World, r: PauseRule, limited = false): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    DATA_TYPE: 'pause_rule',
    id: r.id,
    message: r.message,
    start_time: r.startTime === null ? null : isoTimestamp(r.startTime),
    endpoint_id: r.endpointId,
    identity_id: r.identityId,
    modified_by_id: r.modifiedById,
    created_by_host_manager: r.createdByHostManager,
    editable: true,
  };
  // The task-facing view (fixture transfer.task_pause_info.json) has no pause_symlink.
  for (const [wire, key] of FLAGS) if (!limited || wire !== 'pause_symlink') doc[wire] = r[key];
  if (!limited) doc.endpoint_display_name = world.collection(r.endpointId)?.displayName ?? null;
  return doc;
}

/** Applies a create/update body; returns an error message for bad input. */
export function applyPauseRuleBody(rule: PauseRule, body: Record<string, unknown>, world: World): string | null {
  if (body.message !== undefined) {
    if (typeof body.message !== 'string') return 'message must be a string';
    rule.message = body.message;
  }
  if (body.identity_id !== undefined) {
    if (body.identity_id !== null && (typeof body.identity_id !== 'string' || !world.identity(body.identity_id)))
      return 'identity_id must be a known identity id or null';
    rule.identityId = body.identity_id;
  }
  if (body.start_time !== undefined) {
    if (body.start_time === null) rule.startTime = null;
    else {
      const t = Date.parse(fieldText(body.start_time));
      if (Number.isNaN(t)) return 'start_time must be an ISO 8601 time or null';
      rule.startTime = Math.floor(t / 1000);
    }
  }
  for (const [wire, key] of FLAGS) {
    if (body[wire] === undefined) continue;
    if (typeof body[wire] !== 'boolean') return `${wire} must be a boolean`;
    rule[key] = body[wire];
  }
  return null;
}

export function newPauseRule(id: string, endpointId: string, modifiedById: string): PauseRule {
  return {
    id,
    endpointId,
    identityId: null,
    message: '',
    startTime: null,
    modifiedById,
    createdByHostManager: false,
    pauseLs: false,
    pauseMkdir: false,
    pauseRename: false,
    pauseSymlink: false,
    pauseTaskDelete: false,
    pauseTaskTransferWrite: false,
    pauseTaskTransferRead: false,
  };
}
