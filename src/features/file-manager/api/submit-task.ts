import type { GlobusHttp } from '@/lib/globus/http';
import type { DeleteSubmission, TransferSubmission } from '@/lib/globus/transfer-types';
import { NetworkError } from '@/lib/globus/errors';
import { getSubmissionId, submitDelete, submitTransfer } from '@/lib/globus/transfer-tasks';
import { createKeyValueStore } from '@/lib/storage/kv-store';

/** What the tray needs to follow a task and which listings to refresh when it ends. */
export type TaskMeta = {
  kind: 'transfer' | 'delete';
  label: string;
  refresh: { collectionId: string; path: string }[];
};

export type PendingSubmission = TaskMeta &
  ({ kind: 'transfer'; body: TransferSubmission } | { kind: 'delete'; body: DeleteSubmission }) & { createdAt: number };

export type SubmittedTask = TaskMeta & { taskId: string; duplicate: boolean };

/**
 * Requests whose answer is not known yet, keyed by submission_id (docs/protocol/tasks.md#submission-ids). Kept until
 * Transfer answers, so a dropped connection or a reload re-sends the same id: the task is
 * created once (a second send answers `Duplicate` with the same task id), never lost.
 */
export const pendingSubmissions = createKeyValueStore<PendingSubmission>('pending-submissions');

const RESEND_DELAYS_MS = [500, 2000];
const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function resendPending(
  http: GlobusHttp,
  pending: PendingSubmission,
  sleep: (ms: number) => Promise<void> = defaultSleep,
): Promise<SubmittedTask> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const result =
        pending.kind === 'transfer' ? await submitTransfer(http, pending.body) : await submitDelete(http, pending.body);
      await pendingSubmissions.delete(pending.body.submission_id);
      const { kind, label, refresh } = pending;
      return { kind, label, refresh, taskId: result.task_id, duplicate: result.code === 'Duplicate' };
    } catch (err) {
      // No answer: Transfer may or may not have the task. Same id again is safe; anything else is not.
      if (err instanceof NetworkError) {
        const delay = RESEND_DELAYS_MS[attempt];
        if (delay === undefined) throw err;
        await sleep(delay);
        continue;
      }
      // A definite refusal: nothing was created, the request is no longer pending.
      await pendingSubmissions.delete(pending.body.submission_id);
      throw err;
    }
  }
}

/** Fetch a fresh submission id and remember the request before it is first sent. */
export async function prepareSubmission(
  http: GlobusHttp,
  meta: TaskMeta,
  build: (submissionId: string) => TransferSubmission | DeleteSubmission,
): Promise<PendingSubmission> {
  const submissionId = await getSubmissionId(http);
  const pending = { ...meta, body: build(submissionId), createdAt: Date.now() } as PendingSubmission;
  await pendingSubmissions.set(submissionId, pending);
  return pending;
}

/** Prepare, then send (with resends on network failure). */
export async function submitOnce(
  http: GlobusHttp,
  meta: TaskMeta,
  build: (submissionId: string) => TransferSubmission | DeleteSubmission,
  sleep?: (ms: number) => Promise<void>,
): Promise<SubmittedTask> {
  return resendPending(http, await prepareSubmission(http, meta, build), sleep);
}
