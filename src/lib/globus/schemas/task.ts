import * as v from 'valibot';
import { nullishBoolean, nullishNumber, nullishString } from '@/lib/globus/schemas/kit';

// `GET task/{id}`, `GET task_list` and `GET task/{id}/event_list` (docs/protocol/tasks.md). Captured task
// documents omit fields freely (`fields=` selections, older captures), so everything but the id is
// nullish: a missing counter renders as "unknown" instead of failing the whole list.

export const TASK_STATUSES = ['ACTIVE', 'INACTIVE', 'SUCCEEDED', 'FAILED'] as const;
export const TASK_TYPES = ['TRANSFER', 'DELETE'] as const;

const filterRuleSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('filter_rule')),
  method: v.picklist(['include', 'exclude']),
  type: v.nullish(v.picklist(['file', 'dir'])),
  name: v.string(),
});

const fatalErrorSchema = v.looseObject({ code: v.string(), description: nullishString });

export const taskSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('task')),
  task_id: v.string(),
  type: v.nullish(v.picklist(TASK_TYPES)),
  status: v.nullish(v.picklist(TASK_STATUSES)),
  label: nullishString,
  owner_id: nullishString,
  request_time: nullishString,
  /** Null while the task runs. */
  completion_time: nullishString,
  deadline: nullishString,
  source_endpoint_id: nullishString,
  source_endpoint_display_name: nullishString,
  /** Null for DELETE tasks. */
  destination_endpoint_id: nullishString,
  destination_endpoint_display_name: nullishString,
  source_base_path: nullishString,
  destination_base_path: nullishString,
  sync_level: nullishNumber,
  encrypt_data: nullishBoolean,
  verify_checksum: nullishBoolean,
  delete_destination_extra: nullishBoolean,
  recursive_symlinks: nullishString,
  preserve_timestamp: nullishBoolean,
  skip_source_errors: nullishBoolean,
  fail_on_quota_errors: nullishBoolean,
  filter_rules: v.nullish(v.array(filterRuleSchema)),
  command: nullishString,
  history_deleted: nullishBoolean,
  faults: nullishNumber,
  files: nullishNumber,
  directories: nullishNumber,
  symlinks: nullishNumber,
  files_skipped: nullishNumber,
  files_transferred: nullishNumber,
  subtasks_total: nullishNumber,
  subtasks_pending: nullishNumber,
  subtasks_retrying: nullishNumber,
  subtasks_succeeded: nullishNumber,
  subtasks_expired: nullishNumber,
  subtasks_canceled: nullishNumber,
  subtasks_failed: nullishNumber,
  subtasks_skipped_errors: nullishNumber,
  bytes_transferred: nullishNumber,
  bytes_checksummed: nullishNumber,
  effective_bytes_per_second: nullishNumber,
  /** Null when finished, `OK` or `Queued` when healthy, else a code such as `PERMISSION_DENIED`. */
  nice_status: nullishString,
  nice_status_short_description: nullishString,
  nice_status_expires_in: nullishNumber,
  canceled_by_admin: v.nullish(v.picklist(['SOURCE', 'DESTINATION', 'BOTH'])),
  canceled_by_admin_message: nullishString,
  is_paused: nullishBoolean,
  is_ok: nullishBoolean,
  fatal_error: v.nullish(fatalErrorSchema),
});

/** `task_list`: offset + total paging. */
export const taskListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('task_list')),
  length: v.optional(v.number()),
  limit: v.optional(v.number()),
  offset: v.optional(v.number()),
  total: v.optional(v.number()),
  DATA: v.array(taskSchema),
});

const taskEventSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('event')),
  code: v.string(),
  description: nullishString,
  /** Sometimes JSON text. */
  details: nullishString,
  is_error: v.boolean(),
  time: v.string(),
});

export const eventListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('event_list')),
  length: v.optional(v.number()),
  limit: v.optional(v.number()),
  offset: v.optional(v.number()),
  total: v.optional(v.number()),
  DATA: v.array(taskEventSchema),
});

export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskType = (typeof TASK_TYPES)[number];
export type Task = v.InferOutput<typeof taskSchema>;
export type TaskList = v.InferOutput<typeof taskListSchema>;
export type EventList = v.InferOutput<typeof eventListSchema>;
