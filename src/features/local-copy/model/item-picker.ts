// Which item of a job goes next: folders first, one at a time (parents before children), then files.
import type { CopyItem, CopyJob } from '@/features/local-copy/model/copy-job';

export const unfinished = (i: CopyItem) => i.status === 'queued' || i.status === 'running';
export const isLive = (j: CopyJob) => j.state !== 'done' && j.state !== 'cancelled';

export function createItemPicker() {
  // Per job, the index before which no item is queued: finding the next item stays cheap in a list of
  // 100,000 files, however many wait for their size check. `requeued` moves it back.
  const cursors = new WeakMap<CopyJob, number>();
  // The folder last handed out, per job: while it is being made nothing else starts (its files need it).
  const folders = new WeakMap<CopyJob, CopyItem>();
  return {
    next(job: CopyJob): CopyItem | null {
      if (folders.get(job)?.status === 'running') return null;
      const { items } = job;
      let i = cursors.get(job) ?? 0;
      while (i < items.length && items[i]!.status !== 'queued') i += 1;
      cursors.set(job, i);
      // Items list folders first, parents before children: a file comes up only once every folder is made.
      const item = items[i];
      if (item?.kind === 'dir') folders.set(job, item);
      return item ?? null;
    },
    /** Items of the job went back to 'queued'. */
    requeued: (job: CopyJob) => void cursors.delete(job),
  };
}
