/**
 * Task documents (docs/protocol/tasks.md). Shapes: fixture transfer.get_task.json for the owner's view,
 * fixture transfer.endpoint_manager_task_list.json items for the administrator's view (#endpoint-manager),
 * fixture transfer.task_event_list.json for events (#task-events), transfer.task_skipped_errors.json
 * (#successful-transfers-and-skipped-errors).
 */
import { isoTimestamp } from '../core/clock';
import type { Collection, World } from '../core/world';
import { FilterMatcher } from './filter-rules';
import { pending } from './task-lifecycle';
import { isFinished, type SkippedError, type Task, type TaskEvent } from './task-model';

function niceStatus(t: Task): { code: string | null; text: string | null; ok: boolean | null } {
  if (isFinished(t)) return { code: null, text: null, ok: null };
  if (t.startedAt === null) return { code: 'Queued', text: 'Queued', ok: true };
  if (t.stall) return { code: t.stall.niceStatus, text: t.stall.description, ok: t.stall.paused ? true : false };
  if (t.unitError) return { code: t.unitError.code, text: t.unitError.description, ok: false };
  return { code: 'OK', text: 'OK', ok: true };
}

export function effectiveRate(t: Task): number {
  if (t.startedAt === null) return 0;
  const elapsed = (t.completionTime ?? t.simTime) - t.startedAt;
  return elapsed > 0 ? Math.floor(t.counters.bytesTransferred / elapsed) : 0;
}

export function taskDoc(world: World, t: Task): Record<string, unknown> {
  const src = world.collection(t.sourceId);
  const dst = t.destinationId ? world.collection(t.destinationId) : undefined;
  const c = t.counters;
  const nice = niceStatus(t);
  const tr = t.transfer;
  return {
    DATA_TYPE: 'task',
    bytes_checksummed: c.bytesChecksummed,
    bytes_transferred: c.bytesTransferred,
    canceled_by_admin: t.canceledByAdmin,
    canceled_by_admin_message: t.canceledByAdminMessage,
    command: 'API 0.10',
    completion_time: t.completionTime === null ? null : isoTimestamp(t.completionTime),
    deadline: isoTimestamp(t.deadline),
    delete_destination_extra: tr?.deleteDestinationExtra ?? false,
    destination_endpoint: dst ? dst.legacyName : null,
    destination_endpoint_display_name: dst ? dst.displayName : null,
    destination_endpoint_id: dst ? dst.id : null,
    directories: c.directories,
    effective_bytes_per_second: effectiveRate(t),
    encrypt_data: tr?.encryptData ?? false,
    fail_on_quota_errors: tr?.failOnQuotaErrors ?? false,
    fatal_error: t.fatalError,
    faults: c.faults,
    files: c.files,
    files_skipped: c.filesSkipped,
    files_transferred: c.filesTransferred,
    filter_rules: FilterMatcher.toDocs(tr?.filterRules ?? null),
    history_deleted: false,
    is_ok: nice.ok,
    is_paused: !!t.stall?.paused,
    label: t.label,
    nice_status: nice.code,
    nice_status_details: null,
    nice_status_expires_in: isFinished(t) ? null : -1,
    nice_status_short_description: nice.text,
    owner_id: t.ownerId,
    preserve_timestamp: tr?.preserveTimestamp ?? false,
    recursive_symlinks: tr ? tr.recursiveSymlinks : null,
    request_time: isoTimestamp(t.requestTime),
    skip_source_errors: tr?.skipSourceErrors ?? false,
    source_endpoint: src?.legacyName ?? null,
    source_endpoint_display_name: src?.displayName ?? null,
    source_endpoint_id: t.sourceId,
    status: t.status,
    subtasks_canceled: c.subtasksCanceled,
    subtasks_expired: c.subtasksExpired,
    subtasks_failed: c.subtasksFailed,
    subtasks_pending: isFinished(t) ? 0 : pending(t),
    subtasks_retrying: t.unitError ? 1 : 0,
    subtasks_skipped_errors: c.subtasksSkippedErrors,
    subtasks_succeeded: c.subtasksSucceeded,
    subtasks_total: c.subtasksTotal,
    symlinks: c.symlinks,
    sync_level: tr?.syncLevel ?? null,
    task_id: t.id,
    type: t.type,
    username: t.username,
    verify_checksum: tr?.verifyChecksum ?? false,
    // Only tasks submitted with store_base_path_info carry them (docs/protocol/tasks.md#base-paths).
    ...(t.basePaths ? { source_base_path: t.basePaths.source, destination_base_path: t.basePaths.destination } : {}),
    // Delete-task captures carry a stray `key` (fixtures transfer.get_task.delete_*.json; docs/protocol/tasks.md#task-documents).
    ...(t.type === 'DELETE'
      ? {
          key: `${isFinished(t) ? 'complete' : 'active'},${isoTimestamp(t.completionTime ?? t.requestTime).replace('+00:00', '')}`,
        }
      : {}),
  };
}

function hostFields(
  world: World,
  prefix: string,
  col: Collection | undefined,
  localUser: string | null,
  basePath: string | null,
): Record<string, unknown> {
  const host = col?.hostCollectionId ? world.collection(col.hostCollectionId) : undefined;
  const mapped = host && host.entityType.endsWith('mapped_collection') ? host : undefined;
  return {
    [`${prefix}_base_path`]: basePath,
    [`${prefix}_host_endpoint`]: host ? host.legacyName : null,
    [`${prefix}_host_endpoint_display_name`]: host ? host.displayName : null,
    [`${prefix}_host_endpoint_id`]: host ? host.id : null,
    [`${prefix}_host_path`]: col?.hostPath ?? null,
    [`${prefix}_local_user`]: col ? localUser : null,
    [`${prefix}_local_user_status`]: col ? (localUser ? 'OK' : 'NO_PERMISSION') : 'NO_ENDPOINT',
    [`${prefix}_mapped_collection_display_name`]: mapped ? mapped.displayName : null,
    [`${prefix}_mapped_collection_id`]: mapped ? mapped.id : null,
  };
}

/** Administrator view: the owner's document plus owner_string and host / local-user fields. */
export function managerTaskDoc(world: World, t: Task): Record<string, unknown> {
  const src = world.collection(t.sourceId);
  const dst = t.destinationId ? world.collection(t.destinationId) : undefined;
  const localUser = world.identity(t.ownerId)?.localUser ?? null;
  const doc: Record<string, unknown> = {
    ...taskDoc(world, t),
    owner_string: world.identity(t.ownerId)?.username ?? t.username,
    ...hostFields(world, 'source', src, localUser, t.basePaths?.source ?? null),
    ...hostFields(world, 'destination', dst, localUser, t.basePaths?.destination ?? null),
  };
  return Object.fromEntries(
    Object.keys(doc)
      .sort()
      .map((k) => [k, doc[k]]),
  );
}

export function eventDoc(e: TaskEvent): Record<string, unknown> {
  return {
    DATA_TYPE: 'event',
    code: e.code,
    description: e.description,
    details: e.details,
    is_error: e.isError,
    time: isoTimestamp(e.time),
  };
}

export function skippedDoc(e: SkippedError): Record<string, unknown> {
  return {
    DATA_TYPE: 'skipped_error',
    checksum_algorithm: null,
    destination_path: e.destinationPath,
    error_code: e.errorCode,
    error_details: e.errorDetails,
    error_time: isoTimestamp(e.time),
    external_checksum: null,
    is_delete_destination_extra: e.isDeleteDestinationExtra,
    is_directory: e.isDirectory,
    is_symlink: e.isSymlink,
    source_path: e.sourcePath,
  };
}
