// Rebuilds a transfer submission from a finished task. The task document carries the options but
// not the item list; only the base paths (recorded when the task was submitted with
// store_base_path_info) say what was copied, so resubmission needs them.
import type { Task } from '@/features/activity/model/task-types';

export type ResubmitPlan = { ok: true; body: Record<string, unknown> } | { ok: false; reason: string };

export function canResubmit(task: Task): boolean {
  return task.type === 'TRANSFER' && task.status === 'FAILED';
}

export function planResubmit(task: Task, submissionId: string): ResubmitPlan {
  if (!canResubmit(task)) return { ok: false, reason: 'Only failed or cancelled transfers can be resubmitted.' };
  const src = task.source_base_path;
  const dst = task.destination_base_path;
  if (!src || !dst || !task.source_endpoint_id || !task.destination_endpoint_id) {
    return { ok: false, reason: 'This task did not record its source and destination paths, so it cannot be resubmitted from here.' };
  }
  const body: Record<string, unknown> = {
    DATA_TYPE: 'transfer',
    submission_id: submissionId,
    source_endpoint: task.source_endpoint_id,
    destination_endpoint: task.destination_endpoint_id,
    DATA: [{ DATA_TYPE: 'transfer_item', source_path: src, destination_path: dst, recursive: src.endsWith('/') }],
    store_base_path_info: true,
  };
  if (task.label) body.label = task.label;
  // The original deadline has usually passed; a fresh task gets the service default.
  const copied = [
    'sync_level',
    'verify_checksum',
    'preserve_timestamp',
    'encrypt_data',
    'delete_destination_extra',
    'skip_source_errors',
    'fail_on_quota_errors',
    'recursive_symlinks',
  ] as const;
  for (const key of copied) if (task[key] != null) body[key] = task[key];
  if (task.filter_rules?.length) body.filter_rules = task.filter_rules;
  return { ok: true, body };
}
