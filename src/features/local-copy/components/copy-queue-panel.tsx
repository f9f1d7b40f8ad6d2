import { useId } from 'react';
import { formatCount, formatRate, formatSize } from '@/lib/format/numbers';
import { formatDuration } from '@/lib/format/duration';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useQueueSnapshot } from '@/features/local-copy/hooks/use-copy-queue';
import type { CopyItem, CopyJob } from '@/features/local-copy/model/copy-job';
import type { CopyQueue } from '@/features/local-copy/model/copy-queue';
import { jobTitle, secondsLeft, summarize, type JobSummary } from '@/features/local-copy/model/job-summary';

export const PANEL_HEADING = 'Copies with this computer';

/** Per-file status words, stable for tests and screen readers. */
export const ITEM_STATUS: Record<CopyItem['status'], string> = {
  queued: 'Queued',
  running: 'Copying',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Rows of queued files shown under the running ones; the rest is a count. */
const QUEUED_ROWS = 5;

export function stateText(job: CopyJob, s: JobSummary = summarize(job)): string {
  const failed = s.failed.length;
  switch (job.state) {
    case 'running':
      return 'Copying';
    case 'done':
      // A copy whose files all failed did not "finish": say it failed, or how many did.
      if (failed && s.filesDone === 0) return 'Failed';
      return failed ? `Finished with ${formatCount(failed)} failed` : 'Finished';
    case 'cancelled':
      return 'Cancelled';
    case 'stopped':
      return 'Stopped at an error';
    case 'paused':
      return {
        user: 'Paused',
        permission: 'Waiting for access to the folder',
        login: 'Waiting for you to log in',
        'disk-full': 'Paused: the disk is full',
      }[job.pauseReason ?? 'user'];
  }
}

export type PanelActions = {
  /** The login round trip a job waits for (consent to the collection's HTTPS scope, or a session step-up). */
  onLogin: (job: CopyJob) => void;
};

/** The region listing every copy between this computer and a collection, with progress and controls. */
export function CopyQueuePanel({ queue, onLogin }: { queue: CopyQueue } & PanelActions) {
  const { jobs } = useQueueSnapshot(queue);
  const headingId = useId();
  if (jobs.length === 0) return null;
  const rate = queue.rate();
  const views = jobs.map((job) => ({ job, s: summarize(job) }));
  return (
    <section
      aria-labelledby={headingId}
      className="mx-2 mb-2 max-h-[40dvh] shrink-0 overflow-auto rounded-md border border-slate-300 bg-white p-3 text-sm"
    >
      <h2 id={headingId} className="text-base font-semibold">
        {PANEL_HEADING}
      </h2>
      <p role="status" className="sr-only">
        {views.map(({ job, s }) => announcement(job, s)).join(' ')}
      </p>
      <ul className="mt-2 space-y-3">
        {views.map(({ job, s }) => (
          <JobCard key={job.id} job={job} s={s} rate={rate} queue={queue} onLogin={onLogin} />
        ))}
      </ul>
    </section>
  );
}

/** Said politely and only at coarse steps (state, every tenth, failures), not at every byte. */
function announcement(job: CopyJob, s: JobSummary): string {
  const tenth = s.bytes ? Math.floor((s.bytesDone / s.bytes) * 10) * 10 : 0;
  const failed = s.filesFailed ? `, ${formatCount(s.filesFailed)} failed` : '';
  return `${jobTitle(job)}: ${stateText(job, s)}, ${formatCount(s.filesDone)} of ${formatCount(s.files)} files, ${tenth}%${failed}.`;
}

function JobCard({
  job,
  s,
  rate,
  queue,
  onLogin,
}: { job: CopyJob; s: JobSummary; rate: number | null; queue: CopyQueue } & PanelActions) {
  const title = jobTitle(job);
  const live = job.state !== 'done' && job.state !== 'cancelled';
  const left = job.state === 'running' ? secondsLeft(s, rate) : null;
  const failedFiles = s.filesFailed ? `, ${formatCount(s.filesFailed)} failed` : '';
  const totals = `${formatSize(s.bytesDone)} of ${formatSize(s.bytes)}, ${formatCount(s.filesDone)} of ${formatCount(s.files)} files${failedFiles}`;
  const speed = job.state === 'running' && rate ? `, ${formatRate(rate)}, about ${formatDuration(left)} left` : '';
  const queued = job.items.filter((i) => i.status === 'queued' && i.kind === 'file').slice(0, QUEUED_ROWS);
  return (
    <li aria-label={title} className="rounded-md border border-slate-200 p-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium">{title}</h3>
        <span className={s.failed.length && !live ? 'font-medium text-red-800' : 'text-slate-600'}>
          {stateText(job, s)}
        </span>
      </div>
      <div className="mt-1">
        <ProgressBar
          label={`Overall progress: ${title}`}
          value={s.bytesDone}
          max={s.bytes}
          valueText={`${totals}${speed}`}
          busy={job.state === 'running'}
          tone={job.state === 'done' && !s.failed.length ? 'success' : s.failed.length ? 'warning' : 'active'}
        />
        <p className="mt-1 text-slate-600">
          {totals}
          {speed}
        </p>
      </div>
      {job.skipped ? (
        <p className="text-slate-600">
          {formatCount(job.skipped)} {job.skipped === 1 ? 'file was' : 'files were'} skipped: already there with the
          same size.
        </p>
      ) : null}
      <PauseNote job={job} />
      {job.cancelNote ? <p className="text-slate-700">{job.cancelNote}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {job.state === 'running' ? (
          <Button size="sm" onClick={() => queue.pause(job.id)}>
            Pause
          </Button>
        ) : null}
        {job.state === 'paused' && job.pauseReason === 'permission' ? (
          <Button size="sm" variant="primary" onClick={() => void queue.resume(job.id)}>
            Allow access to “{job.localRootName}” and resume
          </Button>
        ) : job.state === 'paused' && job.pauseReason === 'login' ? (
          <Button size="sm" variant="primary" onClick={() => onLogin(job)}>
            Log in to continue
          </Button>
        ) : job.state === 'paused' || job.state === 'stopped' ? (
          <Button size="sm" variant="primary" onClick={() => void queue.resume(job.id)}>
            Resume
          </Button>
        ) : null}
        {s.filesFailed && job.state !== 'cancelled' ? (
          <Button size="sm" onClick={() => void queue.retryFailed(job.id)}>
            Retry failed files
          </Button>
        ) : null}
        {live ? (
          <Button size="sm" variant="ghost" onClick={() => void queue.cancel(job.id)}>
            Cancel copy
          </Button>
        ) : (
          <Button size="sm" variant="ghost" onClick={() => void queue.dismiss(job.id)}>
            Remove from list
          </Button>
        )}
      </div>
      {s.running.length || s.failed.length || queued.length ? (
        <ul aria-label={`Files: ${title}`} className="mt-2 space-y-1">
          {[...s.running, ...s.failed, ...queued].map((item) => (
            <FileRow key={item.rel} {...item} />
          ))}
          {s.queued > queued.length ? (
            <li className="text-slate-600">and {formatCount(s.queued - queued.length)} more queued</li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

function PauseNote({ job }: { job: CopyJob }) {
  if (job.state !== 'paused') return null;
  const text = {
    user: null,
    permission: `After a reload the browser asks again before this page may use “${job.localRootName}”. Allow it to go on.`,
    login: `Globus needs you to log in again (or to allow HTTPS access to “${job.collectionName}”) before the copy can go on. You come back here and the copy continues.${
      job.loginNeed?.refused
        ? ` If you allowed it already, you may lack permission to ${job.direction === 'up' ? 'write to' : 'read from'} this collection: then the files fail with that reason after the login.`
        : ''
    }`,
    'disk-full': 'This computer’s disk is full. Free some space, then resume.',
  }[job.pauseReason ?? 'user'];
  return text ? <p className="mt-1 rounded-sm bg-amber-50 p-1 text-amber-900">{text}</p> : null;
}

// Plain values, not the queue's item object (updated in place), so every change re-renders the row.
function FileRow(item: CopyItem) {
  const status = ITEM_STATUS[item.status];
  return (
    <li className="grid grid-cols-[1fr_auto] gap-x-2">
      <span className="truncate" title={item.rel}>
        {item.kind === 'dir' ? `${item.rel}/` : item.rel}
      </span>
      <span className={item.status === 'failed' ? 'font-medium text-red-800' : 'text-slate-600'}>
        {status}
        {item.status === 'running' && item.kind === 'file'
          ? ` ${formatSize(item.done)} of ${formatSize(item.size)}`
          : ''}
      </span>
      {item.status === 'running' && item.kind === 'file' ? (
        <div className="col-span-2">
          <ProgressBar label={item.rel} value={item.done} max={item.size} busy />
        </div>
      ) : null}
      {item.error ? <p className="col-span-2 text-red-800">{item.error}</p> : null}
    </li>
  );
}
