import * as v from 'valibot';
import { nullishBoolean, nullishNumber, nullishString } from '@/lib/globus/schemas/kit';

// A task's marker-paged file lists (`successful_transfers`, `skipped_errors`) and its pause
// information (docs/protocol/tasks.md#successful-transfers-and-skipped-errors, #pause-rules).

const marker = v.nullish(v.union([v.number(), v.string()]));

/** Marker-paged documents: `next_marker` null (or absent) at the end. */
const markerPage = <T extends v.GenericSchema>(item: T) =>
  v.looseObject({ DATA_TYPE: v.optional(v.string()), marker, next_marker: marker, DATA: v.array(item) });

const successfulTransferSchema = v.looseObject({
  DATA_TYPE: v.optional(v.string()),
  /** Null when the caller has no role on that side. */
  source_path: v.nullable(v.string()),
  destination_path: v.nullable(v.string()),
  size: nullishNumber,
  checksum: nullishString,
  checksum_algorithm: nullishString,
});

const skippedErrorSchema = v.looseObject({
  DATA_TYPE: v.optional(v.string()),
  error_code: v.string(),
  error_details: nullishString,
  error_time: nullishString,
  source_path: v.nullable(v.string()),
  destination_path: v.nullable(v.string()),
  is_directory: nullishBoolean,
  is_symlink: nullishBoolean,
  is_delete_destination_extra: nullishBoolean,
});

export const successfulTransfersSchema = markerPage(successfulTransferSchema);
export const skippedErrorsSchema = markerPage(skippedErrorSchema);

const pauseRuleSchema = v.looseObject({
  id: nullishString,
  message: nullishString,
  start_time: nullishString,
  endpoint_id: nullishString,
  endpoint_display_name: nullishString,
  pause_ls: nullishBoolean,
  pause_mkdir: nullishBoolean,
  pause_rename: nullishBoolean,
  pause_task_delete: nullishBoolean,
  pause_task_transfer_write: nullishBoolean,
  pause_task_transfer_read: nullishBoolean,
});

export const pauseInfoSchema = v.looseObject({
  DATA_TYPE: v.optional(v.string()),
  pause_rules: v.nullish(v.array(pauseRuleSchema)),
  source_pause_message: nullishString,
  destination_pause_message: nullishString,
  source_pause_message_share: nullishString,
  destination_pause_message_share: nullishString,
  /** Seen in a CLI-authored capture only. */
  message: nullishString,
  endpoint_display_name: nullishString,
});

export type SuccessfulTransfer = v.InferOutput<typeof successfulTransferSchema>;
export type SkippedError = v.InferOutput<typeof skippedErrorSchema>;
export type PauseRule = v.InferOutput<typeof pauseRuleSchema>;
export type PauseInfo = v.InferOutput<typeof pauseInfoSchema>;
