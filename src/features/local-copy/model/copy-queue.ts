// The one queue of copies between this computer and collections: folders first, then files, a few at a time
// across all jobs (more when they are small); retries after dropped connections; pauses for what only the user
// can give (a login, the folder permission, disk space); kept in IndexedDB so a reload picks up where it was.
import { describeCopyError, isDomError } from '@/features/local-copy/lib/copy-errors';
import { loginNeedOf } from '@/features/local-copy/model/copy-outcome';
import { createRateMeter } from '@/features/local-copy/model/rate-meter';
import { createItemPicker, isLive, unfinished } from '@/features/local-copy/model/item-picker';
import { createQueuePublisher } from '@/features/local-copy/model/queue-publisher';
import { abortableSleep, retrying, RETRY_DELAYS_MS, type Sleep } from '@/features/local-copy/model/retrying';
import { createUploadVerifier } from '@/features/local-copy/model/upload-verifier';
import { createQueueActions, type Run } from '@/features/local-copy/model/queue-actions';
import type { CopyItem, CopyJob, PauseReason } from '@/features/local-copy/model/copy-job';
import type { CopyTransport, JobStore } from '@/features/local-copy/model/copy-ports';

/** Files copied at once: a large file's speed is the connection's, and more at once would only share it... */
const COPY_CONCURRENCY = 4;
/** ...while a small file's time is mostly the round trips of its requests, which overlap. */
const SMALL_FILE_CONCURRENCY = 8;
/**
 * A small download also waits on the browser's file writes (create, write, close), which overlap with the next
 * files' requests: 16 at once moved the bench's 1,000-file tree 10–25% faster than 8, quiet or loaded (uploads
 * gained nothing from it).
 */
const SMALL_DOWNLOAD_CONCURRENCY = 16;
const SMALL_FILE_BYTES = 1024 * 1024;

type Deps = {
  transport: CopyTransport;
  store: JobStore;
  retryDelaysMs?: readonly number[];
  sleep?: Sleep;
  now?: () => number;
};

const under = (folder: string, rel: string) => rel.startsWith(`${folder}/`);

export function createCopyQueue(deps: Deps) {
  const { transport } = deps;
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const sleep = deps.sleep ?? abortableSleep;
  const now = deps.now ?? (() => Date.now());
  const limit = (job: CopyJob, item: CopyItem) => {
    if (item.kind !== 'file' || item.size >= SMALL_FILE_BYTES) return COPY_CONCURRENCY;
    return job.direction === 'down' ? SMALL_DOWNLOAD_CONCURRENCY : SMALL_FILE_CONCURRENCY;
  };

  const state = { jobs: [] as CopyJob[] };
  const publisher = createQueuePublisher({ store: deps.store, now, jobs: () => state.jobs });
  const { changed } = publisher;
  /** What holds a place in the queue (an upload waiting for its size check does not). */
  const running = new Map<CopyItem, Run>();
  /** Uploads sent, waiting for their size check. */
  const checking = new Map<CopyItem, Run>();
  const picker = createItemPicker();
  const verifier = createUploadVerifier({
    remoteSizes: (job, rel, signal) => transport.remoteSizes(job, rel, signal),
    now,
    delays,
    sleep,
  });
  // Bytes moved by all jobs over time: the rate the panel and the next dialog's estimate use.
  const meter = createRateMeter(now);

  const requeue = (job: CopyJob, item: CopyItem) => {
    item.status = 'queued';
    picker.requeued(job);
  };

  function pump() {
    for (const job of state.jobs) {
      if (job.state !== 'running') continue;
      let item = picker.next(job);
      for (; item && running.size < limit(job, item); item = picker.next(job)) start(job, item);
      const busy = [...running.values()].some((r) => r.job === job);
      if (!busy) verifier.hurry(job);
      if (!item && !busy && !job.items.some(unfinished)) finish(job);
    }
  }

  function finish(job: CopyJob) {
    job.state = 'done';
    changed(job);
  }

  function pause(job: CopyJob, reason: PauseReason) {
    if (!isLive(job)) return;
    job.state = 'paused';
    job.pauseReason = reason;
    for (const [item, run] of running) {
      if (run.job !== job) continue;
      requeue(job, item);
      run.controller.abort();
    }
    changed(job);
  }

  function fail(job: CopyJob, item: CopyItem, err: unknown) {
    const name = item.rel.split('/').pop() ?? item.rel;
    item.status = 'failed';
    item.error = describeCopyError(err, {
      direction: job.direction,
      name,
      kind: item.kind,
      collectionName: job.collectionName,
    });
    if (item.kind === 'dir') {
      // Nothing can be written into a folder that could not be made: say so instead of failing each file.
      for (const i of job.items) {
        if (under(item.rel, i.rel) && i.status === 'queued') {
          i.status = 'failed';
          i.error = `Not copied: the folder “${name}” could not be created.`;
        }
      }
    }
    if (job.stopOnError) {
      job.state = 'stopped';
      for (const [other, run] of running) {
        if (run.job !== job || other === item) continue;
        requeue(job, other);
        run.controller.abort();
      }
    }
  }

  /** What a failure means: a pause for what only the user can give, or this file failed. */
  function settleFailure(job: CopyJob, item: CopyItem, err: unknown) {
    const login = loginNeedOf(err, job);
    if (login) {
      requeue(job, item);
      job.loginNeed = login;
      pause(job, 'login');
    } else if (isDomError(err, 'QuotaExceededError')) {
      requeue(job, item);
      pause(job, 'disk-full');
    } else if (isDomError(err, 'NotAllowedError', 'SecurityError')) {
      requeue(job, item);
      pause(job, 'permission');
    } else fail(job, item, err);
  }

  function attempt(job: CopyJob, item: CopyItem, signal: AbortSignal) {
    return retrying(
      async () => {
        if (item.kind === 'dir') return transport.makeFolder(job, item, signal);
        const resume = item.begun === true;
        item.begun = true;
        return transport.copyFile(job, item, {
          resume,
          signal,
          onProgress: (done) => {
            meter.add(done - item.done);
            item.done = done;
            changed(job, true);
          },
        });
      },
      { delays, sleep, signal },
    );
  }

  function start(job: CopyJob, item: CopyItem) {
    const controller = new AbortController();
    item.status = 'running';
    delete item.error;
    const run = { job, controller } as Run;
    run.done = (async () => {
      try {
        const result = await attempt(job, item, controller.signal);
        if (result?.checkSize !== undefined) {
          // Sent: the place goes to the next file while the collection's listing confirms this one.
          running.delete(item);
          run.checking = true;
          checking.set(item, run);
          const checked = verifier.check(job, item, result.checkSize);
          pump();
          await checked;
        }
        item.status = 'done';
        item.done = item.size;
      } catch (err) {
        // Paused or cancelled: whoever aborted has already set the item's state.
        if (controller.signal.aborted) return;
        settleFailure(job, item, err);
      } finally {
        running.delete(item);
        checking.delete(item);
        changed(job, true);
        pump();
      }
    })();
    running.set(item, run);
    changed(job, true);
  }

  return createQueueActions({
    state,
    transport,
    store: deps.store,
    publisher,
    runs: () => [...running, ...checking],
    meter,
    pause,
    pump,
    requeued: picker.requeued,
    hurryChecks: verifier.hurry,
    stopChecks: verifier.abortAll,
  });
}

export type CopyQueue = ReturnType<typeof createCopyQueue>;
