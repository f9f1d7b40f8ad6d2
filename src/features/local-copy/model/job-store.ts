import { createKeyValueStore, validatedStore, type KeyValueStore } from '@/lib/storage/kv-store';
import { copyJobSchema, type CopyJob } from '@/features/local-copy/model/copy-job';
import type { JobStore } from '@/features/local-copy/model/copy-ports';

/** Copies in IndexedDB, one record per job; oldest first when read back. */
export function createJobStore(kv: KeyValueStore<unknown> = createKeyValueStore('local-copies')): JobStore {
  const store = validatedStore<CopyJob>(kv, copyJobSchema);
  return {
    load: async () => (await store.entries()).map(([, job]) => job).sort((a, b) => a.createdAt - b.createdAt),
    save: (job) => store.set(job.id, job),
    remove: (id) => store.delete(id),
    clear: () => store.clear(),
  };
}
