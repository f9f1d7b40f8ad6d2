// Rebuilds a transfer submission from a finished task. The task document carries the options but
// not the item list; only the base paths (recorded when the task was submitted with
// store_base_path_info) say what was copied, so resubmission needs them.
import type { SyncLevel, TransferSubmission } from '@/lib/globus/transfer-types';
import type { Task } from '@/lib/globus/task';

export type ResubmitPlan = { ok: true; body: TransferSubmission } | { ok: false; reason: string };
const SYMLINK_MODES = ['ignore', 'keep', 'copy'] as const;

export function canResubmit(task: Task): boolean {
  return task.type === 'TRANSFER' && task.status === 'FAILED';
}

export function planResubmit(task: Task, submissionId: string): ResubmitPlan {
  if (!canResubmit(task)) return { ok: false, reason: 'Only failed or cancelled transfers can be resubmitted.' };
  const src = task.source_base_path;
  const dst = task.destination_base_path;
  if (!src || !dst || !task.source_endpoint_id || !task.destination_endpoint_id) {
    return {
      ok: false,
      reason: 'This task did not record its source and destination paths, so it cannot be resubmitted from here.',
    };
  }
  const body: TransferSubmission = {
    submission_id: submissionId,
    source_endpoint: task.source_endpoint_id,
    destination_endpoint: task.destination_endpoint_id,
    DATA: [{ DATA_TYPE: 'transfer_item', source_path: src, destination_path: dst, recursive: src.endsWith('/') }],
    store_base_path_info: true,
  };
  // The original deadline has usually passed; a fresh task gets the service default.
  if (task.label) body.label = task.label;
  if (task.sync_level != null) body.sync_level = task.sync_level as SyncLevel;
  for (const key of [
    'verify_checksum',
    'preserve_timestamp',
    'encrypt_data',
    'delete_destination_extra',
    'skip_source_errors',
    'fail_on_quota_errors',
  ] as const) {
    const value = task[key];
    if (value != null) body[key] = value;
  }
  const mode = SYMLINK_MODES.find((m) => m === task.recursive_symlinks);
  if (mode) body.recursive_symlinks = mode;
  if (task.filter_rules?.length) {
    body.filter_rules = task.filter_rules.map((r) => ({
      DATA_TYPE: 'filter_rule' as const,
      method: r.method,
      name: r.name,
      ...(r.type ? { type: r.type } : {}),
    }));
  }
  return { ok: true, body };
}
