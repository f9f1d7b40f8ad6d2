import type { DeleteSubmission, FilterRule, SyncLevel, TransferSubmission } from '@/lib/globus/transfer-types';
import type { TransferForm } from '@/features/file-manager/model/transfer-form';
import { withTrailingSlash } from '@/lib/paths/collection-path';
import { deadlineFromInput } from '@/lib/format/deadline';

/**
 * Folders end with `/` so Transfer copies them as folders; files name the destination file itself
 * (docs/protocol/tasks.md#transfer-submissions).
 */
const itemPath = (dir: string, name: string, isDir: boolean) => `${withTrailingSlash(dir)}${name}${isDir ? '/' : ''}`;

export const encryptionForced = (form: TransferForm) =>
  Boolean(form.source.forceEncryption || form.destination.forceEncryption);

/** The `POST /transfer` body for a filled-in dialog; every option maps to exactly one field. */
export function buildTransferSubmission(form: TransferForm, submissionId: string): TransferSubmission {
  const rules: FilterRule[] = form.filterRules
    .filter((r) => r.name !== '')
    .map((r) => ({ DATA_TYPE: 'filter_rule', method: r.method, name: r.name, ...(r.type ? { type: r.type } : {}) }));
  const deadline = deadlineFromInput(form.deadline);
  const body: TransferSubmission = {
    submission_id: submissionId,
    source_endpoint: form.source.collectionId,
    destination_endpoint: form.destination.collectionId,
    DATA: form.items.map((it) => ({
      DATA_TYPE: 'transfer_item',
      source_path: itemPath(form.source.path, it.name, it.isDir),
      destination_path: itemPath(form.destination.path, it.name, it.isDir),
      ...(it.isDir ? { recursive: true } : {}),
    })),
    verify_checksum: form.verifyChecksum,
    preserve_timestamp: form.preserveTimestamp,
    encrypt_data: form.encrypt || encryptionForced(form),
    delete_destination_extra: form.deleteDestinationExtra,
    skip_source_errors: form.skipSourceErrors,
    fail_on_quota_errors: form.failOnQuotaErrors,
    notify_on_succeeded: form.notifyOnSucceeded,
    notify_on_failed: form.notifyOnFailed,
    notify_on_inactive: form.notifyOnInactive,
    // The task then records what it copies, which is what resubmitting it later needs.
    store_base_path_info: true,
  };
  if (form.label.trim()) body.label = form.label.trim();
  if (form.syncLevel !== '') body.sync_level = Number(form.syncLevel) as SyncLevel;
  if (rules.length) body.filter_rules = rules;
  if (deadline) body.deadline = deadline;
  if (form.sourceLocalUser) body.source_local_user = form.sourceLocalUser;
  if (form.destinationLocalUser) body.destination_local_user = form.destinationLocalUser;
  return body;
}

export type DeleteForm = { collectionId: string; path: string; names: string[]; anyFolder: boolean; label: string };

/** `POST /delete`: folders need `recursive`; `ignore_missing` so a file that is already gone is not a failure. */
export function buildDeleteSubmission(form: DeleteForm, submissionId: string): DeleteSubmission {
  return {
    submission_id: submissionId,
    endpoint: form.collectionId,
    DATA: form.names.map((name) => ({ DATA_TYPE: 'delete_item', path: `${withTrailingSlash(form.path)}${name}` })),
    recursive: form.anyFolder,
    ignore_missing: true,
    ...(form.label.trim() ? { label: form.label.trim() } : {}),
    store_base_path_info: true,
  };
}
