// Progress numbers for a task. Transfer never reports total bytes, so the percentage comes from
// files (or subtasks when no files are known yet) and the ETA is an estimate that assumes the
// remaining files average the size of those already copied. With only a few files a file count
// would sit at 0% for the whole copy, so such a running transfer reports bytes and speed instead.
import type { Task } from '@/lib/globus/task';
import { isFinished } from '@/lib/globus/task-status';
import { formatCount, formatPercent, formatSize } from '@/lib/format/numbers';

export interface TaskProgress {
  bytesDone: number;
  filesDone: number;
  filesTotal: number | null;
  subtasksDone: number;
  subtasksTotal: number | null;
  /** 0–100, or null when Globus has not reported anything to measure against yet. */
  percent: number | null;
  /** A running transfer of a few files: progress is the bytes moved so far, with no percentage. */
  byBytes: boolean;
  bytesPerSecond: number | null;
  etaSeconds: number | null;
  /** Running with nothing measured yet: Transfer is still finding out what there is to copy. */
  counting: boolean;
  /** Whether a bar without a fraction should move: the task is running and healthy. */
  moving: boolean;
}

/** Up to this many files a file-count percentage moves in steps too coarse to show. */
export const FEW_FILES = 3;

const n = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function taskProgress(task: Task): TaskProgress {
  const filesTotal = task.files != null ? task.files : null;
  const filesDone = n(task.files_transferred) + n(task.files_skipped);
  const subtasksTotal = task.subtasks_total ?? null;
  // Failed, cancelled and expired subtasks did not get the work done, so they do not count.
  const subtasksDone = n(task.subtasks_succeeded) + n(task.subtasks_skipped_errors);
  const bytesDone = n(task.bytes_transferred);
  const rate =
    task.effective_bytes_per_second && task.effective_bytes_per_second > 0 ? task.effective_bytes_per_second : null;

  const byBytes =
    task.type !== 'DELETE' && !isFinished(task) && filesTotal != null && filesTotal > 0 && filesTotal <= FEW_FILES;

  let percent: number | null = null;
  if (task.status === 'SUCCEEDED') percent = 100;
  else if (byBytes) percent = null;
  else if (task.type !== 'DELETE' && filesTotal && filesTotal > 0) percent = (filesDone / filesTotal) * 100;
  else if (subtasksTotal && subtasksTotal > 0) percent = (subtasksDone / subtasksTotal) * 100;
  if (percent != null) percent = Math.min(100, Math.max(0, percent));

  let etaSeconds: number | null = null;
  if (
    !isFinished(task) &&
    rate &&
    task.type !== 'DELETE' &&
    filesTotal &&
    filesDone > 0 &&
    filesTotal > filesDone &&
    bytesDone > 0
  ) {
    const remainingBytes = (bytesDone / filesDone) * (filesTotal - filesDone);
    etaSeconds = remainingBytes / rate;
  }

  const running = !isFinished(task);
  const counting = running && bytesDone === 0 && filesDone === 0 && subtasksDone === 0;
  if (counting) percent = null;
  const moving = running && task.status === 'ACTIVE' && task.is_ok !== false && (byBytes || counting);

  return {
    counting,
    moving,
    bytesDone,
    filesDone,
    filesTotal,
    subtasksDone,
    subtasksTotal,
    percent,
    byBytes,
    bytesPerSecond: rate,
    etaSeconds,
  };
}

/** "3 of 10 files", "1 file", or "—". */
export function filesText(p: TaskProgress): string {
  if (p.filesTotal == null) return '—';
  if (p.filesTotal === 0)
    return p.subtasksTotal ? `${formatCount(p.subtasksDone)} of ${formatCount(p.subtasksTotal)} steps` : 'No files yet';
  return `${formatCount(p.filesDone)} of ${formatCount(p.filesTotal)} file${p.filesTotal === 1 ? '' : 's'}`;
}

export function percentText(p: TaskProgress): string {
  return formatPercent(p.percent);
}

/** What the bar stands for when it has no percentage, e.g. "1.20 GB transferred". */
export function bytesText(p: TaskProgress): string {
  if (p.counting) return countingText(p);
  return `${formatSize(p.bytesDone)} transferred`;
}

/** Before anything moved, "0 B · 0 of 3 files" would read as done or failed: say what is happening instead. */
export function countingText(p: TaskProgress): string {
  if (!p.filesTotal) return 'Counting files…';
  return `Starting · ${formatCount(p.filesTotal)} file${p.filesTotal === 1 ? '' : 's'} to copy`;
}
