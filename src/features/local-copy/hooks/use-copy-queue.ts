import { useState, useSyncExternalStore } from 'react';
import type { AuthClient } from '@/lib/auth/auth-client';
import type { GlobusHttp } from '@/lib/globus/http';
import { createCollectionHttps } from '@/lib/globus/https';
import { useServices } from '@/components/services/services-context';
import { createCopyTransport } from '@/features/local-copy/lib/copy-transport';
import { createCopyQueue, type CopyQueue } from '@/features/local-copy/model/copy-queue';
import { createJobStore } from '@/features/local-copy/model/job-store';

// One queue for the session, outside React: copies go on while the user is on another page.
let shared: { auth: AuthClient; queue: CopyQueue } | null = null;

function sharedQueue(auth: AuthClient, http: GlobusHttp): CopyQueue {
  if (shared?.auth !== auth) {
    const queue = createCopyQueue({
      transport: createCopyTransport(http, createCollectionHttps(auth)),
      store: createJobStore(),
    });
    shared = { auth, queue };
    // What a reload interrupted: picked up where the folder permission is still held.
    queue.restore().catch(reportError);
  }
  return shared.queue;
}

/** Logout: stops every copy and forgets the list, with the folder handles in it. */
export async function forgetCopies(): Promise<void> {
  const queue = shared?.queue;
  shared = null;
  await (queue ? queue.forgetAll() : createJobStore().clear());
}

/** The session's copy queue (or the one given, in tests). */
export function useCopyQueue(given?: CopyQueue): CopyQueue {
  const { auth, http } = useServices();
  const [queue] = useState(() => given ?? sharedQueue(auth, http));
  return queue;
}

export const useQueueSnapshot = (queue: CopyQueue) => useSyncExternalStore(queue.subscribe, queue.getSnapshot);
