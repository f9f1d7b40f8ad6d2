// A copy queue over a hand-driven transport for tests: waits between retries are recorded, not slept.
import { createCopyQueue } from '@/features/local-copy/model/copy-queue';
import type { CopyTransport } from '@/features/local-copy/model/copy-ports';
import type { CopyJob } from '@/features/local-copy/model/copy-job';
import { memoryJobStore } from '@/features/local-copy/test/fake-transport';

export function setUpQueue(transport: CopyTransport, store = memoryJobStore()) {
  const delays: number[] = [];
  const queue = createCopyQueue({
    transport,
    store,
    sleep: (ms) => Promise.resolve(void delays.push(ms)),
  });
  return { queue, store, delays };
}

/** The status of the job's item at `rel`. */
export const itemStatus = (job: CopyJob, rel: string) => job.items.find((i) => i.rel === rel)?.status;

const MB = 1024 * 1024;
/** `count` files f0.dat, f1.dat, … of `size` bytes each (large files by default). */
export const files = (count: number, size = 2 * MB): Array<[string, number]> =>
  Array.from({ length: count }, (_, i) => [`f${i}.dat`, size]);
