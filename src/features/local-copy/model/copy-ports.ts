// What the copy queue needs from the outside: the file operations (real ones in lib/copy-transport.ts,
// fakes in tests) and a place to keep its jobs.
import type { CopyItem, CopyJob } from '@/features/local-copy/model/copy-job';

/** What a copied file leaves to check: an upload's size, which the queue checks against its folder's listing. */
export type CopyResult = { checkSize?: number } | void;

export interface CopyTransport {
  /** The picked folder's permission; with `ask`, asks the user (needs a click). */
  access(job: CopyJob, ask: boolean): Promise<boolean>;
  makeFolder(job: CopyJob, item: CopyItem, signal: AbortSignal): Promise<void>;
  /**
   * Copies the file. A download is verified here (its size on disk); an upload returns the size it sent, and the
   * queue checks it with `remoteSizes` (one listing for many files). With `resume`, a download continues from
   * what an earlier attempt left on disk; without, whatever is there (an older file) is overwritten from the start.
   */
  copyFile(
    job: CopyJob,
    item: CopyItem,
    opts: { resume: boolean; signal: AbortSignal; onProgress: (done: number) => void },
  ): Promise<CopyResult>;
  /** Sizes of the files in a folder on the collection, by name; `rel` is below the job's base ('' for the base). */
  remoteSizes(job: CopyJob, rel: string, signal: AbortSignal): Promise<ReadonlyMap<string, number>>;
  /** Removes a half-written target; false when it cannot (an upload's, or a file in use). */
  removePartial(job: CopyJob, item: CopyItem): Promise<boolean>;
}

export interface JobStore {
  load(): Promise<CopyJob[]>;
  save(job: CopyJob): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}
