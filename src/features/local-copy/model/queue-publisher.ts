// How the copy queue's changes reach the screen and IndexedDB: a new snapshot for React at most every
// PROGRESS_EVERY_MS while files move (status changes of a job at once), and each changed job saved at most every
// SAVE_EVERY_MS (a list of 100,000 files is one record, too big to write at every file).
import type { CopyJob } from '@/features/local-copy/model/copy-job';
import type { JobStore } from '@/features/local-copy/model/copy-ports';

/** Progress reaches the screen at most this often. */
const PROGRESS_EVERY_MS = 250;
/** Changes reach IndexedDB at most this often. */
const SAVE_EVERY_MS = 1_000;

export type QueueSnapshot = { version: number; jobs: readonly CopyJob[] };

export function createQueuePublisher(deps: { store: JobStore; now: () => number; jobs: () => readonly CopyJob[] }) {
  const { store, now } = deps;
  let snapshot: QueueSnapshot = { version: 0, jobs: deps.jobs() };
  const listeners = new Set<() => void>();
  let lastNotify = 0;
  let trailing: ReturnType<typeof setTimeout> | null = null;
  const dirty = new Set<CopyJob>();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;

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
    snapshot = { version: snapshot.version + 1, jobs: [...deps.jobs()] };
    for (const l of [...listeners]) l();
  }

  async function flush() {
    if (saveTimer) clearTimeout(saveTimer);
    saveTimer = null;
    const batch = [...dirty];
    dirty.clear();
    const current = deps.jobs();
    await Promise.all(batch.map((j) => (current.includes(j) ? store.save(j) : Promise.resolve())));
  }

  return {
    notify,
    flush,
    /** The job changed: shown (soon or at once) and saved within SAVE_EVERY_MS. */
    changed: (job: CopyJob, soon = false) => {
      dirty.add(job);
      saveTimer ??= setTimeout(() => void flush(), SAVE_EVERY_MS);
      notify(soon);
    },
    /** Nothing of this job is saved any more (it was removed). */
    forget: (job: CopyJob) => void dirty.delete(job),
    /** Logout: nothing waiting is saved. */
    dropUnsaved: () => {
      if (saveTimer) clearTimeout(saveTimer);
      saveTimer = null;
      dirty.clear();
    },
    getSnapshot: () => snapshot,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
