// Task routes as this feature calls them, over the typed route functions in lib/globus/transfer
// (docs/protocol/tasks.md). Results are read through this feature's tolerant task types.
import type { GlobusHttp } from '@/lib/globus/http';
import * as transfer from '@/lib/globus/transfer-tasks';
import type { TransferSubmission } from '@/lib/globus/transfer-types';
import type {
  EventList,
  MarkerPage,
  PauseInfo,
  SkippedError,
  SuccessfulTransfer,
  Task,
  TaskList,
  TransferResult,
} from '@/lib/globus/task';

export type TransferHttp = GlobusHttp;

export interface TaskListParams {
  filter: string;
  orderby: string;
  limit: number;
  offset: number;
}

type Marker = string | number | undefined;
const markerParam = (marker: Marker) => (marker === undefined ? {} : { marker: Number(marker) });

export const taskList = (http: TransferHttp, p: TaskListParams, signal?: AbortSignal): Promise<TaskList> =>
  transfer.taskList(http, p, { signal });

export const getTask = (http: TransferHttp, taskId: string, signal?: AbortSignal): Promise<Task> =>
  transfer.getTask(http, taskId, { signal });

export const eventList = (
  http: TransferHttp,
  taskId: string,
  p: { limit: number; offset: number; errorsOnly: boolean },
  signal?: AbortSignal,
): Promise<EventList> =>
  transfer.eventList(
    http,
    taskId,
    { limit: p.limit, offset: p.offset, ...(p.errorsOnly ? { filter: 'is_error:1' } : {}) },
    { signal },
  );

export const successfulTransfers = (
  http: TransferHttp,
  taskId: string,
  marker: Marker,
  signal?: AbortSignal,
): Promise<MarkerPage<SuccessfulTransfer>> =>
  transfer.successfulTransfers(http, taskId, markerParam(marker), { signal });

export const skippedErrors = (
  http: TransferHttp,
  taskId: string,
  marker: Marker,
  signal?: AbortSignal,
): Promise<MarkerPage<SkippedError>> => transfer.skippedErrors(http, taskId, markerParam(marker), { signal });

export const pauseInfo = (http: TransferHttp, taskId: string, signal?: AbortSignal): Promise<PauseInfo> =>
  transfer.pauseInfo(http, taskId, { signal });

export const cancelTask = (http: TransferHttp, taskId: string): Promise<TransferResult> =>
  transfer.cancelTask(http, taskId);
export const removeTask = (http: TransferHttp, taskId: string): Promise<TransferResult> =>
  transfer.removeTask(http, taskId);
export const updateTask = (
  http: TransferHttp,
  taskId: string,
  changes: { label?: string; deadline?: string },
): Promise<TransferResult> => transfer.updateTask(http, taskId, changes);

export const getSubmissionId = (http: TransferHttp): Promise<string> => transfer.getSubmissionId(http);
export const submitTransfer = (http: TransferHttp, body: TransferSubmission): Promise<TransferResult> =>
  transfer.submitTransfer(http, body);
