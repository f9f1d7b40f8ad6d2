import type { GlobusHttp } from '@/lib/globus/http';
import type {
  Bookmark,
  BookmarkList,
  DeleteSubmission,
  Endpoint,
  EndpointList,
  EndpointSearchParams,
  EventList,
  FileEntry,
  FileList,
  ListDirectoryParams,
  PauseInfo,
  SkippedErrors,
  SubmissionId,
  SubmitResult,
  SuccessfulTransfers,
  Task,
  TaskList,
  TaskListParams,
  TaskUpdate,
  TransferResult,
  TransferSubmission,
} from '@/lib/globus/transfer-types';

// Thin typed wrappers over Transfer v0.10 routes (docs/protocol/transfer.md, docs/protocol/tasks.md).
// Ids go into the path encoded; file paths travel as raw strings in the query or body, so names with `#`, `%`, `?` round-trip.

type Opts = { signal?: AbortSignal };
const seg = encodeURIComponent;
const withSignal = (opts: Opts | undefined) => (opts?.signal ? { signal: opts.signal } : {});

export const endpointSearch = (http: GlobusHttp, params: EndpointSearchParams, opts?: Opts) =>
  http.request<EndpointList>({ service: 'transfer', path: 'endpoint_search', query: { ...params }, ...withSignal(opts) });

export const getEndpoint = (http: GlobusHttp, id: string, opts?: Opts) =>
  http.request<Endpoint>({ service: 'transfer', path: `endpoint/${seg(id)}`, ...withSignal(opts) });

export const listDirectory = (http: GlobusHttp, id: string, params: ListDirectoryParams = {}, opts?: Opts) => {
  const { filter, ...rest } = params;
  const query = { ...rest, filter: typeof filter === 'string' ? [filter] : filter };
  return http.request<FileList>({
    service: 'transfer',
    path: `operation/endpoint/${seg(id)}/ls`,
    query,
    ...withSignal(opts),
  });
};

export const mkdir = (http: GlobusHttp, id: string, path: string, localUser?: string) =>
  http.request<TransferResult>({
    service: 'transfer',
    method: 'POST',
    path: `operation/endpoint/${seg(id)}/mkdir`,
    body: { DATA_TYPE: 'mkdir', path, ...(localUser ? { local_user: localUser } : {}) },
  });

export const rename = (http: GlobusHttp, id: string, oldPath: string, newPath: string, localUser?: string) =>
  http.request<TransferResult>({
    service: 'transfer',
    method: 'POST',
    path: `operation/endpoint/${seg(id)}/rename`,
    body: { DATA_TYPE: 'rename', old_path: oldPath, new_path: newPath, ...(localUser ? { local_user: localUser } : {}) },
  });

export const stat = (http: GlobusHttp, id: string, path: string, opts?: Opts & { localUser?: string }) =>
  http.request<FileEntry>({
    service: 'transfer',
    path: `operation/endpoint/${seg(id)}/stat`,
    query: { path, local_user: opts?.localUser },
    ...withSignal(opts),
  });

/** A fresh id per task; keep it until the outcome is known and reuse it on retry (`Duplicate` = done). */
export const getSubmissionId = async (http: GlobusHttp): Promise<string> =>
  (await http.request<SubmissionId>({ service: 'transfer', path: 'submission_id' })).value;

export const submitTransfer = (http: GlobusHttp, submission: TransferSubmission) =>
  http.request<SubmitResult>({
    service: 'transfer',
    method: 'POST',
    path: 'transfer',
    body: { DATA_TYPE: 'transfer', ...submission },
  });

export const submitDelete = (http: GlobusHttp, submission: DeleteSubmission) =>
  http.request<SubmitResult>({
    service: 'transfer',
    method: 'POST',
    path: 'delete',
    body: { DATA_TYPE: 'delete', ...submission },
  });

export const taskList = (http: GlobusHttp, params: TaskListParams = {}, opts?: Opts) =>
  http.request<TaskList>({ service: 'transfer', path: 'task_list', query: { ...params }, ...withSignal(opts) });

export const getTask = (http: GlobusHttp, taskId: string, opts?: Opts) =>
  http.request<Task>({ service: 'transfer', path: `task/${seg(taskId)}`, ...withSignal(opts) });

export const cancelTask = (http: GlobusHttp, taskId: string) =>
  http.request<TransferResult>({ service: 'transfer', method: 'POST', path: `task/${seg(taskId)}/cancel` });

/** Only `label` and `deadline` can change, and only while the task runs. */
export const updateTask = (http: GlobusHttp, taskId: string, update: TaskUpdate) =>
  http.request<TransferResult>({
    service: 'transfer',
    method: 'PUT',
    path: `task/${seg(taskId)}`,
    body: { DATA_TYPE: 'task', ...update },
  });

/** Hides a finished task from the task list. */
export const removeTask = (http: GlobusHttp, taskId: string) =>
  http.request<TransferResult>({ service: 'transfer', method: 'POST', path: `task/${seg(taskId)}/remove` });

export const eventList = (
  http: GlobusHttp,
  taskId: string,
  params: { limit?: number; offset?: number; filter?: string } = {},
  opts?: Opts,
) =>
  http.request<EventList>({
    service: 'transfer',
    path: `task/${seg(taskId)}/event_list`,
    query: { ...params },
    ...withSignal(opts),
  });

export const successfulTransfers = (http: GlobusHttp, taskId: string, params: { marker?: number } = {}, opts?: Opts) =>
  http.request<SuccessfulTransfers>({
    service: 'transfer',
    path: `task/${seg(taskId)}/successful_transfers`,
    query: { ...params },
    ...withSignal(opts),
  });

export const skippedErrors = (http: GlobusHttp, taskId: string, params: { marker?: number } = {}, opts?: Opts) =>
  http.request<SkippedErrors>({
    service: 'transfer',
    path: `task/${seg(taskId)}/skipped_errors`,
    query: { ...params },
    ...withSignal(opts),
  });

export const pauseInfo = (http: GlobusHttp, taskId: string, opts?: Opts) =>
  http.request<PauseInfo>({ service: 'transfer', path: `task/${seg(taskId)}/pause_info`, ...withSignal(opts) });

export const bookmarkList = (http: GlobusHttp, opts?: Opts) =>
  http.request<BookmarkList>({ service: 'transfer', path: 'bookmark_list', ...withSignal(opts) });

export const createBookmark = (http: GlobusHttp, bookmark: { name: string; endpoint_id: string; path: string }) =>
  http.request<Bookmark>({
    service: 'transfer',
    method: 'POST',
    path: 'bookmark',
    body: { DATA_TYPE: 'bookmark', ...bookmark },
  });

export const updateBookmark = (http: GlobusHttp, id: string, update: { name?: string; pinned?: boolean }) =>
  http.request<Bookmark>({ service: 'transfer', method: 'PUT', path: `bookmark/${seg(id)}`, body: update });

export const deleteBookmark = (http: GlobusHttp, id: string) =>
  http.request<TransferResult>({ service: 'transfer', method: 'DELETE', path: `bookmark/${seg(id)}` });
