/**
 * The task record the engine advances and the routes render. Per-file state is never kept
 * for the whole task: the work plan is a lazy walk (see work-plan.ts), and the successful /
 * skipped lists are capped (LIST_CAP) so a million-file task stays small in memory.
 */
import type { FilterRule } from './filter-rules';
import type { WorkUnit } from './work-plan';

export type TaskType = 'TRANSFER' | 'DELETE';
export type TaskStatus = 'ACTIVE' | 'INACTIVE' | 'SUCCEEDED' | 'FAILED';

export interface TransferItem {
  kind: 'file' | 'symlink';
  sourcePath: string;
  destinationPath: string;
  recursive: boolean;
}

export interface TransferOptions {
  syncLevel: 0 | 1 | 2 | 3 | null;
  verifyChecksum: boolean;
  preserveTimestamp: boolean;
  encryptData: boolean;
  deleteDestinationExtra: boolean;
  skipSourceErrors: boolean;
  failOnQuotaErrors: boolean;
  recursiveSymlinks: 'ignore' | 'keep' | 'copy';
  filterRules: FilterRule[] | null;
}

export interface BasePaths {
  source: string;
  destination: string | null;
}

export interface DeleteOptions {
  recursive: boolean;
  ignoreMissing: boolean;
  interpretGlobs: boolean;
}

export interface TaskEvent {
  code: string;
  description: string;
  details: string;
  isError: boolean;
  time: number;
  /** Per-file events go before lifecycle events when the event cap evicts. */
  perFile?: boolean;
}

export interface SkippedError {
  errorCode: string;
  errorDetails: string;
  time: number;
  sourcePath: string;
  destinationPath: string | null;
  isDirectory: boolean;
  isSymlink: boolean;
  isDeleteDestinationExtra: boolean;
}

export interface Counters {
  files: number;
  directories: number;
  symlinks: number;
  filesSkipped: number;
  filesTransferred: number;
  bytesTransferred: number;
  bytesChecksummed: number;
  faults: number;
  subtasksTotal: number;
  subtasksSucceeded: number;
  subtasksFailed: number;
  subtasksCanceled: number;
  subtasksExpired: number;
  subtasksSkippedErrors: number;
  subtasksRetrying: number;
}

export function zeroCounters(): Counters {
  return {
    files: 0,
    directories: 0,
    symlinks: 0,
    filesSkipped: 0,
    filesTransferred: 0,
    bytesTransferred: 0,
    bytesChecksummed: 0,
    faults: 0,
    subtasksTotal: 0,
    subtasksSucceeded: 0,
    subtasksFailed: 0,
    subtasksCanceled: 0,
    subtasksExpired: 0,
    subtasksSkippedErrors: 0,
    subtasksRetrying: 0,
  };
}

/** Why a running task is not progressing right now (null = it is). */
export interface Stall {
  niceStatus: string;
  description: string;
  /** INACTIVE means only the user can fix it (consent, credentials); ACTIVE stalls fix themselves. */
  inactive: boolean;
  paused: boolean;
}

export interface Task {
  id: string;
  type: TaskType;
  /** Primary identity of the submitting account: tasks follow the account, not the token. */
  ownerId: string;
  username: string;
  clientId: string;
  submissionId: string;
  label: string | null;
  requestTime: number;
  deadline: number;
  /** The deadline was chosen by the user (submission or PUT): the engine never moves it. */
  userDeadline: boolean;
  completionTime: number | null;
  status: TaskStatus;
  fatalError: { code: string; description: string } | null;
  sourceId: string;
  destinationId: string | null;
  items: TransferItem[] | string[];
  /** Recorded when submitted with `store_base_path_info` (null otherwise); see base-paths.ts. */
  basePaths: BasePaths | null;
  transfer: TransferOptions | null;
  del: DeleteOptions | null;
  counters: Counters;
  /** Logical time up to which the engine has simulated this task. */
  simTime: number;
  /** Time the task left the queue (null while Queued). */
  startedAt: number | null;
  /** Busy time used for effective_bytes_per_second (stalls excluded). */
  busySeconds: number;
  plan: Iterator<WorkUnit> | null;
  /** Units the pre-scan counted; units beyond are counted as they are met. */
  planned: number;
  unitsDone: number;
  /** Source directory (with trailing `/`) that could not be read and was skipped: drop units under it. */
  skipPrefix: string | null;
  current: { unit: WorkUnit; remaining: number; bytesDone: number; checked: boolean } | null;
  stall: Stall | null;
  retryAt: number | null;
  /** The error the current unit is being retried for (nice_status while retrying). */
  unitError: { code: string; description: string } | null;
  adminPause: { message: string } | null;
  canceledByAdmin: 'SOURCE' | 'DESTINATION' | 'BOTH' | null;
  canceledByAdminMessage: string | null;
  removed: boolean;
  events: TaskEvent[];
  successful: [string, string][];
  successfulTotal: number;
  skipped: SkippedError[];
  lastProgressEvent: number;
  /** Per-file events emitted so far (capped by the engine's fileEventLimit). */
  fileEvents: number;
}

/**
 * Successful-transfer and skipped-error records kept per task, a bounded emulator choice
 * (docs/protocol/tasks.md#successful-transfers-and-skipped-errors).
 */
export const LIST_CAP = 10_000;
/** Events kept per task; the oldest PROGRESS events go first. */
export const EVENT_CAP = 2_000;

export function isFinished(t: Task): boolean {
  return t.status === 'SUCCEEDED' || t.status === 'FAILED';
}
