// Rebuilds a transfer submission from a finished task (docs/protocol/tasks.md#base-paths). The task document
// carries the options but not the item list. What was copied comes from the base paths the task recorded
// (store_base_path_info) or, for tasks without them, from Transfer's list of copied files when that list
// covers every file of the task.
import type { SyncLevel, TransferItem, TransferSubmission } from '@/lib/globus/transfer-types';
import type { SuccessfulTransfer, Task } from '@/lib/globus/task';
import { formatCount } from '@/lib/format/numbers';

/** Where the items of a resubmission come from, or why there is nothing to rebuild them from. */
export type ResubmitSource =
  | { ok: true; kind: 'base-paths'; source: string; destination: string; summary: string }
  | { ok: true; kind: 'copied-files'; files: number; summary: string }
  | { ok: false; reason: string };

const SYMLINK_MODES = ['ignore', 'keep', 'copy'] as const;
const NO_PATHS = 'This task did not record its source and destination paths';
const START_AGAIN = 'Start the transfer again from the file manager.';

export function canResubmit(task: Task): boolean {
  return task.type === 'TRANSFER' && (task.status === 'FAILED' || task.status === 'SUCCEEDED');
}

export function resubmitSource(task: Task): ResubmitSource {
  if (!canResubmit(task)) return { ok: false, reason: 'Only finished transfers can be resubmitted.' };
  if (!task.source_endpoint_id || !task.destination_endpoint_id)
    return {
      ok: false,
      reason: `This task does not name both collections, so it cannot be resubmitted. ${START_AGAIN}`,
    };
  const src = task.source_base_path;
  const dst = task.destination_base_path;
  if (src && dst)
    return {
      ok: true,
      kind: 'base-paths',
      source: src,
      destination: dst,
      summary: `Resubmitting copies ${src} to ${dst} again with the same options.`,
    };
  const files = task.files ?? 0;
  const copied = task.files_transferred ?? 0;
  if (files > 0 && copied === files)
    return {
      ok: true,
      kind: 'copied-files',
      files,
      summary: `${NO_PATHS}; resubmitting copies again the ${formatCount(files)} ${files === 1 ? 'file' : 'files'} Transfer lists as copied.`,
    };
  const why =
    files === 0
      ? 'and Transfer lists no files it copied'
      : `and Transfer’s list of copied files covers only ${formatCount(copied)} of its ${formatCount(files)} files`;
  return { ok: false, reason: `${NO_PATHS}, ${why}, so it cannot be rebuilt here. ${START_AGAIN}` };
}

export const itemsFromBasePaths = (source: string, destination: string): TransferItem[] => [
  { DATA_TYPE: 'transfer_item', source_path: source, destination_path: destination, recursive: source.endsWith('/') },
];

/** The copied-files list as items; null when it does not account for every file the task had. */
export function itemsFromCopiedFiles(task: Task, copied: SuccessfulTransfer[]): TransferItem[] | null {
  const items: TransferItem[] = [];
  for (const f of copied) {
    if (!f.source_path || !f.destination_path) return null;
    items.push({ DATA_TYPE: 'transfer_item', source_path: f.source_path, destination_path: f.destination_path });
  }
  return items.length > 0 && items.length === task.files ? items : null;
}

export const copiedListIncomplete = (task: Task, listed: number) =>
  `${NO_PATHS}, and Transfer’s list of copied files names ${formatCount(listed)} of its ${formatCount(task.files ?? 0)} files (or hides some paths), so it cannot be rebuilt here. ${START_AGAIN}`;

/** The submission for `items` with the task's options. The original deadline has usually passed: Transfer's default applies. */
export function buildResubmission(task: Task, items: TransferItem[], submissionId: string): TransferSubmission {
  const body: TransferSubmission = {
    submission_id: submissionId,
    source_endpoint: task.source_endpoint_id ?? '',
    destination_endpoint: task.destination_endpoint_id ?? '',
    DATA: items,
    store_base_path_info: true,
  };
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
  return body;
}
