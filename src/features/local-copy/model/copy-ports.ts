// What the copy queue needs from the outside: the file operations (real ones in lib/copy-transport.ts,
// fakes in tests) and a place to keep its jobs.
import type { CopyItem, CopyJob } from '@/features/local-copy/model/copy-job';

export interface CopyTransport {
  /** The picked folder's permission; with `ask`, asks the user (needs a click). */
  access(job: CopyJob, ask: boolean): Promise<boolean>;
  makeFolder(job: CopyJob, item: CopyItem, signal: AbortSignal): Promise<void>;
  /**
   * Copies and verifies the size. With `resume`, a download continues from what an earlier attempt left on
   * disk; without, whatever is there (an older file) is overwritten from the start.
   */
  copyFile(
    job: CopyJob,
    item: CopyItem,
    opts: { resume: boolean; signal: AbortSignal; onProgress: (done: number) => void },
  ): Promise<void>;
  /** Removes a half-written target; false when it cannot (an upload's, or a file in use). */
  removePartial(job: CopyJob, item: CopyItem): Promise<boolean>;
}

export interface JobStore {
  load(): Promise<CopyJob[]>;
  save(job: CopyJob): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}
