// Uploads are checked against the size the collection lists afterwards, with one Transfer listing of a folder for
// many of its files: a stat per file would double the requests of a tree of small files. A file waits for its
// check without holding one of the queue's places, and counts as copied only once checked.
import { SizeMismatchError } from '@/features/local-copy/lib/file-io';
import { retrying, type Sleep } from '@/features/local-copy/model/retrying';
import type { CopyItem, CopyJob } from '@/features/local-copy/model/copy-job';
import { relativeFolderOf, relativeNameOf } from '@/features/local-copy/model/relative-path';
import type { CopyTransport } from '@/features/local-copy/model/copy-ports';

/** A folder is listed once no file of it finished for this long... */
const QUIET_MS = 250;
/** ...or its oldest waiting file waited this long... */
const MAX_WAIT_MS = 5_000;
/** ...or this many files wait (more in a folder that listed more: the listings cost about what they check). */
const MIN_BATCH = 200;

type Waiter = { item: CopyItem; size: number; at: number; resolve: () => void; reject: (err: unknown) => void };

type Batch = {
  job: CopyJob;
  folder: string;
  waiting: Waiter[];
  timer: ReturnType<typeof setTimeout> | null;
  listing: boolean;
  /** List as soon as possible (the job has nothing else running). */
  urgent: boolean;
  /** Files the last listing held. */
  listed: number;
};

export function createUploadVerifier(deps: {
  remoteSizes: CopyTransport['remoteSizes'];
  now: () => number;
  delays: readonly number[];
  sleep: Sleep;
}) {
  const batches = new Map<string, Batch>();
  let controller = new AbortController();

  function schedule(key: string, b: Batch) {
    if (b.listing || !b.waiting.length) return;
    if (b.timer) clearTimeout(b.timer);
    b.timer = null;
    const oldest = b.waiting[0]!.at;
    if (b.urgent || b.waiting.length >= Math.max(MIN_BATCH, b.listed)) return void list(key, b);
    const wait = Math.max(0, Math.min(QUIET_MS, oldest + MAX_WAIT_MS - deps.now()));
    b.timer = setTimeout(() => void list(key, b), wait);
  }

  async function list(key: string, b: Batch) {
    if (b.timer) clearTimeout(b.timer);
    b.timer = null;
    const taken = b.waiting;
    b.waiting = [];
    b.urgent = false;
    b.listing = true;
    const { signal } = controller;
    try {
      const sizes = await retrying(() => deps.remoteSizes(b.job, b.folder, signal), {
        delays: deps.delays,
        sleep: deps.sleep,
        signal,
      });
      b.listed = sizes.size;
      for (const w of taken) {
        const actual = sizes.get(relativeNameOf(w.item.rel));
        if (actual === w.size) w.resolve();
        else w.reject(new SizeMismatchError(w.size, actual ?? null));
      }
    } catch (err) {
      for (const w of taken) w.reject(err);
    } finally {
      b.listing = false;
      if (b.waiting.length) schedule(key, b);
      else batches.delete(key);
    }
  }

  return {
    /** Resolves once the collection lists the uploaded file with `size` bytes; rejects with why not. */
    check: (job: CopyJob, item: CopyItem, size: number): Promise<void> => {
      const folder = relativeFolderOf(item.rel);
      const key = `${job.id}\n${folder}`;
      let b = batches.get(key);
      if (!b) {
        b = { job, folder, waiting: [], timer: null, listing: false, urgent: false, listed: 0 };
        batches.set(key, b);
      }
      const batch = b;
      return new Promise<void>((resolve, reject) => {
        batch.waiting.push({ item, size, at: deps.now(), resolve, reject });
        schedule(key, batch);
      });
    },

    /** Lists now every folder of the job with files waiting (nothing else of the job is running). */
    hurry: (job: CopyJob) => {
      for (const [key, b] of batches) {
        if (b.job !== job) continue;
        b.urgent = true;
        schedule(key, b);
      }
    },

    /** Logout: every check stops (its file is not counted as copied). */
    abortAll: () => {
      controller.abort(new DOMException('Stopped', 'AbortError'));
      controller = new AbortController();
      for (const b of batches.values()) {
        if (b.timer) clearTimeout(b.timer);
        for (const w of b.waiting) w.reject(new DOMException('Stopped', 'AbortError'));
      }
      batches.clear();
    },
  };
}
