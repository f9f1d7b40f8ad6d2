import type { GlobusHttp } from '@/lib/globus/http';
import { endpointListSchema, endpointSchema } from '@/lib/globus/schemas/endpoint';
import { fileEntrySchema, fileListSchema } from '@/lib/globus/schemas/file-list';
import {
  bookmarkListSchema,
  bookmarkSchema,
  submissionIdSchema,
  submitResultSchema,
  transferResultSchema,
} from '@/lib/globus/schemas/results';
import { eventListSchema, taskListSchema, taskSchema } from '@/lib/globus/schemas/task';
import { pauseInfoSchema, skippedErrorsSchema, successfulTransfersSchema } from '@/lib/globus/schemas/task-pages';
import type {
  DeleteSubmission,
  EndpointSearchParams,
  EndpointUpdate,
  ListDirectoryParams,
  TaskListParams,
  TaskUpdate,
  TransferSubmission,
} from '@/lib/globus/transfer-types';

// Thin typed wrappers over Transfer v0.10 routes (docs/protocol/transfer.md, docs/protocol/tasks.md);
// each answer is checked against its schema. Ids go into the path encoded; file paths travel as raw
// strings in the query or body, so names with `#`, `%`, `?` round-trip.

type Opts = { signal?: AbortSignal };
const seg = encodeURIComponent;
const withSignal = (opts: Opts | undefined) => (opts?.signal ? { signal: opts.signal } : {});
const transfer = 'transfer' as const;

export const endpointSearch = (http: GlobusHttp, params: EndpointSearchParams, opts?: Opts) =>
  http.request({
    service: transfer,
    path: 'endpoint_search',
    query: { ...params },
    schema: endpointListSchema,
    ...withSignal(opts),
  });

export const getEndpoint = (http: GlobusHttp, id: string, opts?: Opts) =>
  http.request({ service: transfer, path: `endpoint/${seg(id)}`, schema: endpointSchema, ...withSignal(opts) });

/**
 * A partial endpoint document; Transfer edits only Globus Connect Personal collections and legacy shares
 * (docs/protocol/transfer.md#updating-and-deleting-collections).
 */
export const updateEndpoint = (http: GlobusHttp, id: string, update: EndpointUpdate) =>
  http.request({
    service: transfer,
    method: 'PUT',
    path: `endpoint/${seg(id)}`,
    body: { DATA_TYPE: 'endpoint', ...update },
    schema: transferResultSchema,
  });

export const listDirectory = (http: GlobusHttp, id: string, params: ListDirectoryParams = {}, opts?: Opts) => {
  const { filter, ...rest } = params;
  const query = { ...rest, filter: typeof filter === 'string' ? [filter] : filter };
  return http.request({
    service: transfer,
    path: `operation/endpoint/${seg(id)}/ls`,
    query,
    schema: fileListSchema,
    offPage: true,
    ...withSignal(opts),
  });
};

export const mkdir = (http: GlobusHttp, id: string, path: string, localUser?: string) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `operation/endpoint/${seg(id)}/mkdir`,
    body: { DATA_TYPE: 'mkdir', path, ...(localUser ? { local_user: localUser } : {}) },
    schema: transferResultSchema,
  });

export const rename = (http: GlobusHttp, id: string, oldPath: string, newPath: string, localUser?: string) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: `operation/endpoint/${seg(id)}/rename`,
    body: {
      DATA_TYPE: 'rename',
      old_path: oldPath,
      new_path: newPath,
      ...(localUser ? { local_user: localUser } : {}),
    },
    schema: transferResultSchema,
  });

export const stat = (http: GlobusHttp, id: string, path: string, opts?: Opts & { localUser?: string }) =>
  http.request({
    service: transfer,
    path: `operation/endpoint/${seg(id)}/stat`,
    query: { path, local_user: opts?.localUser },
    schema: fileEntrySchema,
    ...withSignal(opts),
  });

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

export const bookmarkList = (http: GlobusHttp, opts?: Opts) =>
  http.request({ service: transfer, path: 'bookmark_list', schema: bookmarkListSchema, ...withSignal(opts) });

export const createBookmark = (http: GlobusHttp, bookmark: { name: string; endpoint_id: string; path: string }) =>
  http.request({
    service: transfer,
    method: 'POST',
    path: 'bookmark',
    body: { DATA_TYPE: 'bookmark', ...bookmark },
    schema: bookmarkSchema,
  });

export const updateBookmark = (http: GlobusHttp, id: string, update: { name?: string; pinned?: boolean }) =>
  http.request({ service: transfer, method: 'PUT', path: `bookmark/${seg(id)}`, body: update, schema: bookmarkSchema });

export const deleteBookmark = (http: GlobusHttp, id: string) =>
  http.request({ service: transfer, method: 'DELETE', path: `bookmark/${seg(id)}`, schema: transferResultSchema });
