import type { GlobusHttp } from '@/lib/globus/http';
import { managedEndpointListSchema } from '@/lib/globus/monitored-endpoints';
import { transferResultSchema } from '@/lib/globus/schemas/results';
import { eventListSchema } from '@/lib/globus/schemas/task';
import { pauseInfoSchema } from '@/lib/globus/schemas/task-pages';
import {
  accessListSchema,
  activationResultSchema,
  adminCancelSchema,
  managerTaskListSchema,
  managerTaskSchema,
  pauseRuleListSchema,
  pauseRuleSchema,
  roleListSchema,
  roleSchema,
  type PauseOperation,
  type RoleName,
} from '@/lib/globus/schemas/endpoint-manager';

export type {
  AccessRule,
  AdminCancel,
  AdminPauseRule,
  ManagerTask,
  ManagerTaskList,
  PauseOperation,
  Role,
  RoleName,
} from '@/lib/globus/schemas/endpoint-manager';
export { PAUSE_OPERATIONS, ROLE_NAMES } from '@/lib/globus/schemas/endpoint-manager';

// Transfer v0.10 routes for endpoint administrators (docs/protocol/endpoint-manager.md): what they monitor,
// tasks on their endpoints, administrator cancel / pause / resume, pause rules, roles, and legacy activation.

type Opts = { signal?: AbortSignal };
const seg = encodeURIComponent;
const withSignal = (opts: Opts | undefined) => (opts?.signal ? { signal: opts.signal } : {});
const transfer = 'transfer' as const;
const em = 'endpoint_manager';

export const hostedEndpoints = (http: GlobusHttp, endpointId: string, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `${em}/endpoint/${seg(endpointId)}/hosted_endpoint_list`,
    schema: managedEndpointListSchema,
    ...withSignal(opts),
  });

export const managerAccessList = (http: GlobusHttp, endpointId: string, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `${em}/endpoint/${seg(endpointId)}/access_list`,
    schema: accessListSchema,
    ...withSignal(opts),
  });

/** Deleting an access rule goes through the collection's own route (it needs access_manager or administrator). */
export const deleteAccessRule = (http: GlobusHttp, endpointId: string, ruleId: string) =>
  http.request({
    service: transfer,
    method: 'DELETE',
    path: `endpoint/${seg(endpointId)}/access/${seg(ruleId)}`,
    schema: transferResultSchema,
  });

export type ManagerTaskFilters = {
  filter_status?: string;
  filter_task_id?: string;
  filter_owner_id?: string;
  filter_endpoint?: string;
  filter_endpoint_use?: 'source' | 'destination';
  filter_is_paused?: boolean;
  /** `start,end` (either may be empty), ISO times. */
  filter_completion_time?: string;
  filter_min_faults?: number;
  filter_local_user?: string;
};

export const managerTaskList = (
  http: GlobusHttp,
  params: ManagerTaskFilters & { limit?: number; last_key?: string },
  opts?: Opts,
) =>
  http.request({
    service: transfer,
    path: `${em}/task_list`,
    query: { ...params },
    schema: managerTaskListSchema,
    ...withSignal(opts),
  });

export const managerTask = (http: GlobusHttp, taskId: string, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `${em}/task/${seg(taskId)}`,
    schema: managerTaskSchema,
    ...withSignal(opts),
  });

export const managerEventList = (
  http: GlobusHttp,
  taskId: string,
  params: { limit?: number; offset?: number } = {},
  opts?: Opts,
) =>
  http.request({
    service: transfer,
    path: `${em}/task/${seg(taskId)}/event_list`,
    query: { ...params },
    schema: eventListSchema,
    ...withSignal(opts),
  });

export const managerPauseInfo = (http: GlobusHttp, taskId: string, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `${em}/task/${seg(taskId)}/pause_info`,
    schema: pauseInfoSchema,
    ...withSignal(opts),
  });

export const adminCancel = (http: GlobusHttp, taskIds: string[], message: string) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `${em}/admin_cancel`,
    body: { DATA_TYPE: 'admin_cancel', message, task_id_list: taskIds },
    schema: adminCancelSchema,
  });

export const adminCancelStatus = (http: GlobusHttp, id: string | number, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `${em}/admin_cancel/${seg(String(id))}`,
    schema: adminCancelSchema,
    ...withSignal(opts),
  });

export const adminPause = (http: GlobusHttp, taskIds: string[], message: string) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `${em}/admin_pause`,
    body: { message, task_id_list: taskIds },
    schema: transferResultSchema,
  });

export const adminResume = (http: GlobusHttp, taskIds: string[]) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `${em}/admin_resume`,
    body: { task_id_list: taskIds },
    schema: transferResultSchema,
  });

export type PauseRuleInput = {
  endpoint_id: string;
  message: string;
  /** Null: every user of the endpoint. */
  identity_id: string | null;
  /** Null: from now on. */
  start_time: string | null;
} & Record<PauseOperation, boolean>;

export const pauseRuleList = (http: GlobusHttp, params: { filter_endpoint?: string } = {}, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `${em}/pause_rule_list`,
    query: { ...params },
    schema: pauseRuleListSchema,
    ...withSignal(opts),
  });

export const createPauseRule = (http: GlobusHttp, rule: PauseRuleInput) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `${em}/pause_rule`,
    body: { DATA_TYPE: 'pause_rule', ...rule },
    schema: pauseRuleSchema,
  });

/** The endpoint of a rule cannot change. */
export const updatePauseRule = (http: GlobusHttp, id: string, rule: Omit<PauseRuleInput, 'endpoint_id'>) =>
  http.request({
    service: transfer,
    method: 'PUT',
    path: `${em}/pause_rule/${seg(id)}`,
    body: { DATA_TYPE: 'pause_rule', ...rule },
    schema: pauseRuleSchema,
  });

export const deletePauseRule = (http: GlobusHttp, id: string) =>
  http.request({
    service: transfer,
    method: 'DELETE',
    path: `${em}/pause_rule/${seg(id)}`,
    schema: transferResultSchema,
  });

export const roleList = (http: GlobusHttp, endpointId: string, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `endpoint/${seg(endpointId)}/role_list`,
    schema: roleListSchema,
    ...withSignal(opts),
  });

export const createRole = (
  http: GlobusHttp,
  endpointId: string,
  role: { principal_type: 'identity' | 'group'; principal: string; role: RoleName },
) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `endpoint/${seg(endpointId)}/role`,
    body: { DATA_TYPE: 'role', ...role },
    schema: roleSchema,
  });

export const deleteRole = (http: GlobusHttp, endpointId: string, roleId: string) =>
  http.request({
    service: transfer,
    method: 'DELETE',
    path: `endpoint/${seg(endpointId)}/role/${seg(roleId)}`,
    schema: transferResultSchema,
  });

/**
 * Legacy GCSv4 activation with a credential Globus already holds; `ifExpiresIn` (seconds) renews only an
 * activation that lapses sooner. Codes: `AutoActivated.*` and `AlreadyActivated` succeed, `AutoActivationFailed` not.
 */
export const autoactivate = (http: GlobusHttp, endpointId: string, ifExpiresIn?: number) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `endpoint/${seg(endpointId)}/autoactivate`,
    query: { if_expires_in: ifExpiresIn },
    schema: activationResultSchema,
  });
