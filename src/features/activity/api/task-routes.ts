// Transfer task routes (REFERENCE §4.10–4.20) over the shared HTTP core. Kept local to this
// feature until src/lib/globus/transfer.ts offers them; the signatures mirror that module's style
// (http first) so swapping is a one-line import change.
import type {
  EventList,
  MarkerPage,
  PauseInfo,
  SkippedError,
  SuccessfulTransfer,
  Task,
  TaskList,
  TransferResult,
} from '@/features/activity/model/task-types';

type Query = Record<string, string | number | boolean | undefined | string[]>;
/** The part of the app's GlobusHttp this feature uses. */
export interface TransferHttp {
  request<T>(opts: { service: 'transfer'; method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; path: string; query?: Query; body?: unknown; signal?: AbortSignal }): Promise<T>;
}

const id = (taskId: string) => encodeURIComponent(taskId);

export interface TaskListParams {
  filter: string;
  orderby: string;
  limit: number;
  offset: number;
}

export const taskList = (http: TransferHttp, p: TaskListParams, signal?: AbortSignal) =>
  http.request<TaskList>({ service: 'transfer', path: 'task_list', query: { ...p }, signal });

export const getTask = (http: TransferHttp, taskId: string, signal?: AbortSignal) =>
  http.request<Task>({ service: 'transfer', path: `task/${id(taskId)}`, signal });

export const eventList = (http: TransferHttp, taskId: string, p: { limit: number; offset: number; errorsOnly: boolean }, signal?: AbortSignal) =>
  http.request<EventList>({
    service: 'transfer',
    path: `task/${id(taskId)}/event_list`,
    query: { limit: p.limit, offset: p.offset, filter: p.errorsOnly ? 'is_error:1' : undefined },
    signal,
  });

export const successfulTransfers = (http: TransferHttp, taskId: string, marker: string | number | undefined, signal?: AbortSignal) =>
  http.request<MarkerPage<SuccessfulTransfer>>({
    service: 'transfer',
    path: `task/${id(taskId)}/successful_transfers`,
    query: { marker: marker === undefined ? undefined : String(marker) },
    signal,
  });

export const skippedErrors = (http: TransferHttp, taskId: string, marker: string | number | undefined, signal?: AbortSignal) =>
  http.request<MarkerPage<SkippedError>>({
    service: 'transfer',
    path: `task/${id(taskId)}/skipped_errors`,
    query: { marker: marker === undefined ? undefined : String(marker) },
    signal,
  });

export const pauseInfo = (http: TransferHttp, taskId: string, signal?: AbortSignal) =>
  http.request<PauseInfo>({ service: 'transfer', path: `task/${id(taskId)}/pause_info`, signal });

export const cancelTask = (http: TransferHttp, taskId: string) =>
  http.request<TransferResult>({ service: 'transfer', method: 'POST', path: `task/${id(taskId)}/cancel` });

export const removeTask = (http: TransferHttp, taskId: string) =>
  http.request<TransferResult>({ service: 'transfer', method: 'POST', path: `task/${id(taskId)}/remove` });

export const updateTask = (http: TransferHttp, taskId: string, changes: { label?: string; deadline?: string }) =>
  http.request<TransferResult>({ service: 'transfer', method: 'PUT', path: `task/${id(taskId)}`, body: { DATA_TYPE: 'task', ...changes } });

export const getSubmissionId = (http: TransferHttp) =>
  http.request<{ value: string }>({ service: 'transfer', path: 'submission_id' });

export const submitTransfer = (http: TransferHttp, body: Record<string, unknown>) =>
  http.request<TransferResult>({ service: 'transfer', method: 'POST', path: 'transfer', body });
