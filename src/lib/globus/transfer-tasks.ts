import type { GlobusHttp } from '@/lib/globus/http';
import { submissionIdSchema, submitResultSchema, transferResultSchema } from '@/lib/globus/schemas/results';
import { eventListSchema, taskListSchema, taskSchema } from '@/lib/globus/schemas/task';
import { pauseInfoSchema, skippedErrorsSchema, successfulTransfersSchema } from '@/lib/globus/schemas/task-pages';
import { seg, transfer, withSignal, type Opts } from '@/lib/globus/transfer-route';
import type { DeleteSubmission, TaskListParams, TaskUpdate, TransferSubmission } from '@/lib/globus/transfer-types';

// Transfer v0.10's task routes (docs/protocol/tasks.md): submitting, listing, inspecting and changing tasks.
// Apart from the folder routes, so the first page's code does not carry them.

/** A fresh id per task; keep it until the outcome is known and reuse it on retry (`Duplicate` = done). */
export const getSubmissionId = async (http: GlobusHttp): Promise<string> =>
  (await http.request({ service: transfer, path: 'submission_id', schema: submissionIdSchema })).value;

export const submitTransfer = (http: GlobusHttp, submission: TransferSubmission) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: 'transfer',
    body: { DATA_TYPE: 'transfer', ...submission },
    schema: submitResultSchema,
  });

export const submitDelete = (http: GlobusHttp, submission: DeleteSubmission) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: 'delete',
    body: { DATA_TYPE: 'delete', ...submission },
    schema: submitResultSchema,
  });

export const taskList = (http: GlobusHttp, params: TaskListParams = {}, opts?: Opts) =>
  http.request({
    service: transfer,
    path: 'task_list',
    query: { ...params },
    schema: taskListSchema,
    ...withSignal(opts),
  });

export const getTask = (http: GlobusHttp, taskId: string, opts?: Opts) =>
  http.request({ service: transfer, path: `task/${seg(taskId)}`, schema: taskSchema, ...withSignal(opts) });

export const cancelTask = (http: GlobusHttp, taskId: string) =>
  http.request({ service: transfer, method: 'POST', path: `task/${seg(taskId)}/cancel`, schema: transferResultSchema });

/** Only `label` and `deadline` can change, and only while the task runs. */
export const updateTask = (http: GlobusHttp, taskId: string, update: TaskUpdate) =>
  http.request({
    service: transfer,
    method: 'PUT',
    path: `task/${seg(taskId)}`,
    body: { DATA_TYPE: 'task', ...update },
    schema: transferResultSchema,
  });

/** Hides a finished task from the task list. */
export const removeTask = (http: GlobusHttp, taskId: string) =>
  http.request({ service: transfer, method: 'POST', path: `task/${seg(taskId)}/remove`, schema: transferResultSchema });

export const eventList = (
  http: GlobusHttp,
  taskId: string,
  params: { limit?: number; offset?: number; filter?: string } = {},
  opts?: Opts,
) =>
  http.request({
    service: transfer,
    path: `task/${seg(taskId)}/event_list`,
    query: { ...params },
    schema: eventListSchema,
    ...withSignal(opts),
  });

export const successfulTransfers = (http: GlobusHttp, taskId: string, params: { marker?: number } = {}, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `task/${seg(taskId)}/successful_transfers`,
    query: { ...params },
    schema: successfulTransfersSchema,
    ...withSignal(opts),
  });

export const skippedErrors = (http: GlobusHttp, taskId: string, params: { marker?: number } = {}, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `task/${seg(taskId)}/skipped_errors`,
    query: { ...params },
    schema: skippedErrorsSchema,
    ...withSignal(opts),
  });

export const pauseInfo = (http: GlobusHttp, taskId: string, opts?: Opts) =>
  http.request({
    service: transfer,
    path: `task/${seg(taskId)}/pause_info`,
    schema: pauseInfoSchema,
    ...withSignal(opts),
  });
