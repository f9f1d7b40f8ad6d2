import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { directoryKeys } from '@/lib/queries/directory';
import type { CopyQueue } from '@/features/local-copy/model/copy-queue';
import type { JobState } from '@/features/local-copy/model/copy-job';

const ENDED: ReadonlySet<JobState> = new Set(['done', 'stopped', 'cancelled']);

/**
 * When a copy ends (finished, stopped at an error or cancelled), the folders it wrote into are listed
 * again, so both panes show what arrived without the user pressing Refresh.
 */
export function useRefreshWhenCopied(queue: CopyQueue): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    // Jobs are updated in place, so what each was last seen as is kept here, not compared by identity.
    const seen = new Map<string, JobState>();
    for (const job of queue.getSnapshot().jobs) seen.set(job.id, job.state);
    return queue.subscribe(() => {
      for (const job of queue.getSnapshot().jobs) {
        const before = seen.get(job.id);
        seen.set(job.id, job.state);
        if (before === job.state || !ENDED.has(job.state)) continue;
        const target = job.direction === 'up' ? job.collectionId : job.localRootId;
        void queryClient.invalidateQueries({ queryKey: directoryKeys.collection(target) });
      }
    });
  }, [queue, queryClient]);
}
