// The one queue of copies between this computer and collections: folders first, then files, at most
// COPY_CONCURRENCY at a time across all jobs; retries after dropped connections; pauses for what only the user
// can give (a login, the folder permission, disk space); kept in IndexedDB so a reload picks up where it was.
import { NetworkError } from '@/lib/globus/errors';
import { describeCopyError, isDomError } from '@/features/local-copy/lib/copy-errors';
import { cancelNote, loginNeedOf } from '@/features/local-copy/model/copy-outcome';
import { createRateMeter } from '@/features/local-copy/model/rate-meter';
import {
  targetKey,
  type CopyItem,
  type CopyJob,
  type LoginNeed,
  type PauseReason,
} from '@/features/local-copy/model/copy-job';
import type { CopyTransport, JobStore } from '@/features/local-copy/model/copy-ports';

export const COPY_CONCURRENCY = 4;
/** Waits before retrying a file after a dropped connection; then the file fails. */
export const RETRY_DELAYS_MS = [1_000, 4_000, 15_000];
/** Progress reaches the screen at most this often (status changes at once). */
const PROGRESS_EVERY_MS = 250;
/** Progress reaches IndexedDB at most this often (status changes too: a list of 100,000 files is one record). */
const SAVE_EVERY_MS = 1_000;

export type QueueSnapshot = { version: number; jobs: readonly CopyJob[] };

export type AddResult = { ok: true } | { ok: false; message: string };

type Deps = {
  transport: CopyTransport;
  store: JobStore;
  concurrency?: number;
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
};

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), reject(signal.reason as Error)), { once: true });
  });

const unfinished = (i: CopyItem) => i.status === 'queued' || i.status === 'running';
const isLive = (j: CopyJob) => j.state !== 'done' && j.state !== 'cancelled';
const under = (folder: string, rel: string) => rel.startsWith(`${folder}/`);

export function createCopyQueue(deps: Deps) {
  const { transport, store } = deps;
  const concurrency = deps.concurrency ?? COPY_CONCURRENCY;
  const delays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  const sleep = deps.sleep ?? abortableSleep;
  const now = deps.now ?? (() => Date.now());

  let jobs: CopyJob[] = [];
  let snapshot: QueueSnapshot = { version: 0, jobs };
  const listeners = new Set<() => void>();
  const running = new Map<CopyItem, { job: CopyJob; controller: AbortController; done: Promise<void> }>();
  let lastNotify = 0;
  const dirty = new Set<CopyJob>();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  // Bytes moved by all jobs over time: the rate the panel and the next dialog's estimate use.
  const meter = createRateMeter(now);

  let trailing: ReturnType<typeof setTimeout> | null = null;

  /** `soon`: a file's progress or status, shown within PROGRESS_EVERY_MS (thousands of small files must not re-render each). */
  function notify(soon = false) {
    const t = now();
    if (soon && t - lastNotify < PROGRESS_EVERY_MS) {
      trailing ??= setTimeout(() => notify(), PROGRESS_EVERY_MS);
      return;
    }
    if (trailing) clearTimeout(trailing);
    trailing = null;
    lastNotify = t;
    snapshot = { version: snapshot.version + 1, jobs: [...jobs] };
    for (const l of [...listeners]) l();
  }

  async function flush() {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    const batch = [...dirty];
    dirty.clear();
    await Promise.all(batch.map((j) => (jobs.includes(j) ? store.save(j) : Promise.resolve())));
  }

  function changed(job: CopyJob, soon = false) {
    dirty.add(job);
    saveTimer ??= setTimeout(() => void flush(), SAVE_EVERY_MS);
    notify(soon);
  }

  // Per job, the index before which every item is settled: finding the next item stays cheap in a
  // list of 100,000 files. Reset whenever settled items can become queued again.
  const cursors = new WeakMap<CopyJob, number>();

  function nextItem(job: CopyJob): CopyItem | null {
    const { items } = job;
    let i = cursors.get(job) ?? 0;
    while (i < items.length && !unfinished(items[i]!)) i += 1;
    cursors.set(job, i);
    // Items list folders first (parents before children): folders go one at a time, and files only once
    // every folder is made, so each file's folder exists when it is written.
    for (let k = i; k < items.length; k += 1) {
      const item = items[k]!;
      if (item.status === 'queued') return item;
      if (item.kind === 'dir') return null;
    }
    return null;
  }

  function pump() {
    for (const job of jobs) {
      if (job.state !== 'running') continue;
      let item = nextItem(job);
      for (; item && running.size < concurrency; item = nextItem(job)) start(job, item);
      const busy = [...running.values()].some((r) => r.job === job);
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
      item.status = 'queued';
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
        other.status = 'queued';
        run.controller.abort();
      }
    }
  }

  async function attempt(job: CopyJob, item: CopyItem, signal: AbortSignal) {
    for (let tries = 0; ; tries += 1) {
      try {
        if (item.kind === 'dir') {
          await transport.makeFolder(job, item, signal);
          return;
        }
        const resume = item.begun === true;
        item.begun = true;
        await transport.copyFile(job, item, {
          resume,
          signal,
          onProgress: (done) => {
            meter.add(done - item.done);
            item.done = done;
            changed(job, true);
          },
        });
        return;
      } catch (err) {
        if (signal.aborted || !(err instanceof NetworkError) || tries >= delays.length) throw err;
        await sleep(delays[tries]!, signal);
      }
    }
  }

  function start(job: CopyJob, item: CopyItem) {
    const controller = new AbortController();
    item.status = 'running';
    delete item.error;
    const done = (async () => {
      try {
        await attempt(job, item, controller.signal);
        item.status = 'done';
        item.done = item.size;
      } catch (err) {
        // Paused or cancelled: whoever aborted has already set the item's state.
        if (controller.signal.aborted) return;
        const login = loginNeedOf(err, job);
        if (login) {
          item.status = 'queued';
          job.loginNeed = login;
          pause(job, 'login');
        } else if (isDomError(err, 'QuotaExceededError')) {
          item.status = 'queued';
          pause(job, 'disk-full');
        } else if (isDomError(err, 'NotAllowedError', 'SecurityError')) {
          item.status = 'queued';
          pause(job, 'permission');
        } else fail(job, item, err);
      } finally {
        running.delete(item);
        changed(job, true);
        pump();
      }
    })();
    running.set(item, { job, controller, done });
    changed(job, true);
  }

  const find = (id: string) => jobs.find((j) => j.id === id);

  /** Folders or files another live job already writes to the same place. */
  function duplicates(job: CopyJob): string[] {
    const taken = new Set<string>();
    for (const other of jobs) {
      if (!isLive(other)) continue;
      for (const i of other.items) if (i.kind === 'file' && unfinished(i)) taken.add(targetKey(other, i));
    }
    return job.items.filter((i) => i.kind === 'file' && taken.has(targetKey(job, i))).map((i) => i.rel);
  }

  async function resumeJob(job: CopyJob, ask: boolean): Promise<boolean> {
    cursors.delete(job);
    if (!(await transport.access(job, ask))) {
      if (job.state === 'running') pause(job, 'permission');
      return false;
    }
    job.state = 'running';
    delete job.pauseReason;
    delete job.loginNeed;
    changed(job);
    pump();
    return true;
  }

  return {
    getSnapshot: () => snapshot,

    /** Bytes per second over the last seconds of copying (kept when idle); null before any copy was measured. */
    rate: meter.rate,

    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },

    add(job: CopyJob): AddResult {
      const dup = duplicates(job);
      if (dup.length) {
        const shown = dup
          .slice(0, 3)
          .map((r) => `“${r}”`)
          .join(', ');
        const more = dup.length > 3 ? ` and ${dup.length - 3} more` : '';
        return {
          ok: false,
          message: `${shown}${more} ${dup.length === 1 ? 'is' : 'are'} already being copied to the same place. Wait for that copy to finish, or cancel it, then try again.`,
        };
      }
      jobs = [...jobs, job];
      changed(job);
      pump();
      return { ok: true };
    },

    /** After a reload: what was running goes on where the permission is still held; the rest waits for a click. */
    async restore() {
      const loaded = await store.load();
      for (const job of loaded) {
        for (const i of job.items) if (i.status === 'running') i.status = 'queued';
        if (job.state === 'paused' && job.pauseReason === 'login' && job.loginStarted) {
          job.state = 'running';
          job.consentTried = true;
          delete job.loginStarted;
        }
      }
      jobs = [...loaded, ...jobs.filter((j) => !loaded.some((l) => l.id === j.id))];
      notify();
      for (const job of loaded) if (job.state === 'running') await resumeJob(job, false);
    },

    pause: (id: string) => {
      const job = find(id);
      if (job) pause(job, 'user');
    },

    /** Needs a click when the folder permission must be asked again. */
    resume: async (id: string) => {
      const job = find(id);
      return job ? resumeJob(job, true) : false;
    },

    /** Failed files go back in the queue. */
    retryFailed: async (id: string) => {
      const job = find(id);
      if (!job) return false;
      for (const i of job.items) {
        if (i.status !== 'failed') continue;
        i.status = 'queued';
        delete i.error;
      }
      return resumeJob(job, true);
    },

    /**
     * Marks that the user left for the login round trip the job waits on, and returns what that login must ask
     * for. Every other job waiting for a login of the same kind (consent, or the same session step-up) joins it:
     * its scopes are asked for too, and it goes on after the return like the job whose button was pressed.
     */
    async loginStarted(id: string): Promise<LoginNeed | undefined> {
      const job = find(id);
      if (!job) return undefined;
      const need = job.loginNeed ?? { scopes: [] };
      const sameKind = (other: CopyJob) =>
        JSON.stringify(other.loginNeed?.authorizationParameters ?? null) ===
        JSON.stringify(need.authorizationParameters ?? null);
      const joining = jobs.filter(
        (j) => j === job || (j.state === 'paused' && j.pauseReason === 'login' && sameKind(j)),
      );
      const scopes = [...new Set(joining.flatMap((j) => j.loginNeed?.scopes ?? []))];
      for (const j of joining) {
        j.loginStarted = true;
        changed(j);
      }
      await flush();
      return { ...need, scopes };
    },

    async cancel(id: string) {
      const job = find(id);
      if (!job || !isLive(job)) return;
      job.state = 'cancelled';
      const stopping = [...running].filter(([, r]) => r.job === job);
      for (const [item, r] of stopping) {
        item.status = 'cancelled';
        r.controller.abort();
      }
      // Wait until every writer has closed its file before removing half-written ones.
      await Promise.all(stopping.map(([, r]) => r.done));
      const partial = job.items.filter(
        (i) => i.kind === 'file' && i.status !== 'done' && i.status !== 'failed' && i.done > 0,
      );
      for (const i of job.items) if (i.status === 'queued') i.status = 'cancelled';
      const kept: string[] = [];
      let removed = 0;
      for (const i of partial) {
        if (await transport.removePartial(job, i).catch(() => false)) removed += 1;
        else kept.push(i.rel);
      }
      job.cancelNote = cancelNote(job, removed, kept);
      changed(job);
      await flush();
    },

    /** Takes a finished or cancelled job off the list. */
    async dismiss(id: string) {
      const job = find(id);
      if (!job || (isLive(job) && job.items.some(unfinished))) return;
      jobs = jobs.filter((j) => j !== job);
      dirty.delete(job);
      notify();
      await store.remove(id);
    },

    flush,

    /** Logout: every copy stops and is forgotten (the next user of this browser must not see them). */
    async forgetAll() {
      for (const job of jobs) job.state = 'cancelled';
      for (const r of running.values()) r.controller.abort();
      await Promise.all([...running.values()].map((r) => r.done));
      if (saveTimer) clearTimeout(saveTimer);
      dirty.clear();
      jobs = [];
      notify();
      await store.clear();
    },
  };
}

export type CopyQueue = ReturnType<typeof createCopyQueue>;
