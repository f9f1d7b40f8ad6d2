// What the panel, the dialog and the login round trip can do with the copy queue: add, pause, resume, retry,
// cancel, remove and forget jobs, and read its snapshot and rate.
import { cancelNote } from '@/features/local-copy/model/copy-outcome';
import { isLive, unfinished } from '@/features/local-copy/model/item-picker';
import {
  targetKey,
  type CopyItem,
  type CopyJob,
  type LoginNeed,
  type PauseReason,
} from '@/features/local-copy/model/copy-job';
import type { CopyTransport, JobStore } from '@/features/local-copy/model/copy-ports';
import type { createQueuePublisher } from '@/features/local-copy/model/queue-publisher';
import type { createRateMeter } from '@/features/local-copy/model/rate-meter';

/** One file or folder on its way: how to stop it, and when it has settled. */
export type Run = {
  job: CopyJob;
  controller: AbortController;
  done: Promise<void>;
  /** Sent (an upload), waiting for the collection's listing to confirm its size. */
  checking?: boolean;
};

export type AddResult = { ok: true } | { ok: false; message: string };

type Core = {
  state: { jobs: CopyJob[] };
  transport: CopyTransport;
  store: JobStore;
  publisher: ReturnType<typeof createQueuePublisher>;
  /** Every file or folder on its way, sent uploads waiting for their size check included. */
  runs: () => Array<[CopyItem, Run]>;
  meter: ReturnType<typeof createRateMeter>;
  pause: (job: CopyJob, reason: PauseReason) => void;
  pump: () => void;
  requeued: (job: CopyJob) => void;
  /** Sent uploads of the job get their listing now. */
  hurryChecks: (job: CopyJob) => void;
  /** Logout: size checks waiting for a listing stop. */
  stopChecks: () => void;
};

export function createQueueActions(core: Core) {
  const { state, transport, store, publisher, pause, pump } = core;
  const { changed, flush, notify } = publisher;
  const find = (id: string) => state.jobs.find((j) => j.id === id);

  /** Folders or files another live job already writes to the same place. */
  function duplicates(job: CopyJob): string[] {
    const taken = new Set<string>();
    for (const other of state.jobs) {
      if (!isLive(other)) continue;
      for (const i of other.items) if (i.kind === 'file' && unfinished(i)) taken.add(targetKey(other, i));
    }
    return job.items.filter((i) => i.kind === 'file' && taken.has(targetKey(job, i))).map((i) => i.rel);
  }

  async function resumeJob(job: CopyJob, ask: boolean): Promise<boolean> {
    core.requeued(job);
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
    getSnapshot: publisher.getSnapshot,
    subscribe: publisher.subscribe,

    /** Bytes per second over the last seconds of copying (kept when idle); null before any copy was measured. */
    rate: core.meter.rate,

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
      state.jobs = [...state.jobs, job];
      changed(job);
      pump();
      return { ok: true };
    },

    /** After a reload: what was running goes on where the permission is still held; the rest waits for a click. */
    async restore() {
      const loaded = await store.load();
      for (const job of loaded) {
        // An upload sent but not yet confirmed by its folder's listing is sent again.
        for (const i of job.items) if (i.status === 'running') i.status = 'queued';
        if (job.state === 'paused' && job.pauseReason === 'login' && job.loginStarted) {
          job.state = 'running';
          job.consentTried = true;
          delete job.loginStarted;
        }
      }
      state.jobs = [...loaded, ...state.jobs.filter((j) => !loaded.some((l) => l.id === j.id))];
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
      const joining = state.jobs.filter(
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
      const mine = core.runs().filter(([, r]) => r.job === job);
      for (const [item, r] of mine) {
        // A sent upload is finished either way: its size check says how.
        if (r.checking) continue;
        item.status = 'cancelled';
        r.controller.abort();
      }
      core.hurryChecks(job);
      // Wait until every writer has closed its file before removing half-written ones.
      await Promise.all(mine.map(([, r]) => r.done));
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
      state.jobs = state.jobs.filter((j) => j !== job);
      publisher.forget(job);
      notify();
      await store.remove(id);
    },

    flush,

    /** Logout: every copy stops and is forgotten (the next user of this browser must not see them). */
    async forgetAll() {
      for (const job of state.jobs) job.state = 'cancelled';
      const runs = core.runs();
      for (const [, r] of runs) r.controller.abort();
      core.stopChecks();
      await Promise.all(runs.map(([, r]) => r.done));
      publisher.dropUnsaved();
      state.jobs = [];
      notify();
      await store.clear();
    },
  };
}
