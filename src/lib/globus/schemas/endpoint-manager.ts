import * as v from 'valibot';
import { nullishBoolean, nullishNumber, nullishString } from '@/lib/globus/schemas/kit';
import { taskSchema } from '@/lib/globus/schemas/task';

// The endpoint administrator's routes (docs/protocol/endpoint-manager.md): monitored endpoints, the
// administrator task list (last_key paging), admin cancel progress, pause rules, roles and legacy activation.

/** Task documents as administrators see them: the user's task plus owner, hosts and local users. */
export const managerTaskSchema = v.looseObject({
  ...taskSchema.entries,
  owner_string: nullishString,
  source_host_endpoint_id: nullishString,
  source_host_endpoint_display_name: nullishString,
  destination_host_endpoint_id: nullishString,
  destination_host_endpoint_display_name: nullishString,
  source_host_path: nullishString,
  destination_host_path: nullishString,
  source_local_user: nullishString,
  destination_local_user: nullishString,
  /** OK, NO_PERMISSION, NOT_SCANNED, ENDPOINT_ERROR or NO_ENDPOINT; kept as text. */
  source_local_user_status: nullishString,
  destination_local_user_status: nullishString,
});

/** `endpoint_manager/task_list`: `last_key` paging, `has_next_page` false on the last page. */
export const managerTaskListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('task_list')),
  last_key: nullishString,
  limit: nullishNumber,
  has_next_page: v.boolean(),
  DATA: v.array(managerTaskSchema),
});

/** `admin_cancel` (POST answer and progress GET): `done` turns true once every task was processed. */
export const adminCancelSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('admin_cancel')),
  id: v.union([v.number(), v.string()]),
  message: nullishString,
  task_id_list: v.nullish(v.array(v.string())),
  done: v.boolean(),
});

export const PAUSE_OPERATIONS = [
  'pause_task_transfer_read',
  'pause_task_transfer_write',
  'pause_task_delete',
  'pause_ls',
  'pause_mkdir',
  'pause_rename',
  'pause_symlink',
] as const;

export const pauseRuleSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('pause_rule')),
  id: v.string(),
  message: nullishString,
  start_time: nullishString,
  endpoint_id: v.string(),
  endpoint_display_name: nullishString,
  /** Null: the rule applies to every user. */
  identity_id: nullishString,
  modified_by_id: nullishString,
  created_by_host_manager: nullishBoolean,
  editable: nullishBoolean,
  pause_task_transfer_read: nullishBoolean,
  pause_task_transfer_write: nullishBoolean,
  pause_task_delete: nullishBoolean,
  pause_ls: nullishBoolean,
  pause_mkdir: nullishBoolean,
  pause_rename: nullishBoolean,
  pause_symlink: nullishBoolean,
});

export const pauseRuleListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('pause_rule_list')),
  DATA: v.array(pauseRuleSchema),
});

export const ROLE_NAMES = ['administrator', 'access_manager', 'activity_manager', 'activity_monitor'] as const;

export const roleSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('role')),
  id: v.string(),
  principal_type: v.picklist(['identity', 'group']),
  principal: v.string(),
  /** One of ROLE_NAMES; kept as text for roles this app does not know. */
  role: v.string(),
});

export const roleListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('role_list')),
  DATA: v.array(roleSchema),
});

/** An access rule as the administrator's `access_list` returns it. */
const accessRuleSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('access')),
  /** Null for rules synthesised from roles, which cannot be deleted here. */
  id: v.nullable(v.union([v.string(), v.number()])),
  principal_type: v.string(),
  principal: v.string(),
  path: nullishString,
  permissions: v.string(),
  role_id: nullishString,
  role_type: nullishString,
  create_time: nullishString,
  expiration_date: nullishString,
});

export const accessListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('access_list')),
  endpoint: nullishString,
  DATA: v.array(accessRuleSchema),
});

/** `autoactivate` (legacy GCSv4 only). */
export const activationResultSchema = v.looseObject({
  DATA_TYPE: v.optional(v.string()),
  code: v.optional(v.string()),
  message: nullishString,
  activated: nullishBoolean,
  /** Seconds left; -1 means it never expires. */
  expires_in: nullishNumber,
  expire_time: nullishString,
  auto_activation_supported: nullishBoolean,
});

export type ManagerTask = v.InferOutput<typeof managerTaskSchema>;
export type ManagerTaskList = v.InferOutput<typeof managerTaskListSchema>;
export type AdminCancel = v.InferOutput<typeof adminCancelSchema>;
export type PauseOperation = (typeof PAUSE_OPERATIONS)[number];
export type AdminPauseRule = v.InferOutput<typeof pauseRuleSchema>;
export type RoleName = (typeof ROLE_NAMES)[number];
export type Role = v.InferOutput<typeof roleSchema>;
export type AccessRule = v.InferOutput<typeof accessRuleSchema>;
