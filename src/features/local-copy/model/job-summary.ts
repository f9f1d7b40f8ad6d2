// What the panel and its announcements say about a job, counted once per update.
import type { CopyItem, CopyJob } from '@/features/local-copy/model/copy-job';

export type JobSummary = {
  files: number;
  filesDone: number;
  filesFailed: number;
  bytes: number;
  bytesDone: number;
  running: CopyItem[];
  failed: CopyItem[];
  queued: number;
};

export function summarize(job: CopyJob): JobSummary {
  const s: JobSummary = {
    files: 0,
    filesDone: 0,
    filesFailed: 0,
    bytes: 0,
    bytesDone: 0,
    running: [],
    failed: [],
    queued: 0,
  };
  for (const i of job.items) {
    if (i.status === 'failed') s.failed.push(i);
    if (i.kind !== 'file') continue;
    s.files += 1;
    s.bytes += i.size;
    if (i.status === 'done') {
      s.filesDone += 1;
      s.bytesDone += i.size;
    } else if (i.status === 'running') {
      s.running.push(i);
      s.bytesDone += i.done;
    } else if (i.status === 'failed') s.filesFailed += 1;
    else if (i.status === 'queued') {
      s.queued += 1;
      // A paused download keeps what it wrote and continues from there (an upload starts again).
      if (job.direction === 'down') s.bytesDone += i.done;
    }
  }
  return s;
}

/** Seconds left at `rate`, or null while there is no rate. */
export function secondsLeft(s: JobSummary, rate: number | null): number | null {
  return rate && rate > 0 ? (s.bytes - s.bytesDone) / rate : null;
}

/** Assumed before any copy has been measured (said as such): a typical home or office connection. */
export const ASSUMED_RATE = 10 * 1000 * 1000;

/** Above either of these, the dialog suggests a Transfer task with Globus Connect Personal instead. */
export const LARGE_TREE_FILES = 10_000;
export const LARGE_TREE_SECONDS = 60 * 60;

export const jobTitle = (job: CopyJob) =>
  job.direction === 'up'
    ? `Upload from “${job.localRootName}” to “${job.collectionName}”`
    : `Download from “${job.collectionName}” to “${job.localRootName}”`;
