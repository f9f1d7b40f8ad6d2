import { beforeEach, describe, expect, it } from 'vitest';
import { NetworkError, GlobusError } from '@/lib/globus/errors';
import { createFakeHttp } from '@/test/fake-services';
import { pendingSubmissions, resendPending, submitOnce } from '@/features/file-manager/api/submit-task';
import type { TransferSubmission } from '@/lib/globus/transfer-types';

const meta = { kind: 'transfer' as const, label: 'copy', refresh: [{ collectionId: 'd', path: '/in/' }] };
const build = (id: string) =>
  ({ submission_id: id, source_endpoint: 's', destination_endpoint: 'd', DATA: [] }) as TransferSubmission;
const noSleep = async () => {};

beforeEach(() => pendingSubmissions.clear());

describe('once-and-only-once submission', () => {
  it('re-sends the same submission_id after a dropped connection; a Duplicate answer is the task', async () => {
    let posts = 0;
    const { http, calls } = createFakeHttp([
      { path: /^submission_id$/, reply: () => ({ value: 'sub-1' }) },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => {
          posts += 1;
          if (posts === 1) throw new NetworkError('dropped');
          return { code: 'Duplicate', task_id: 'task-1', submission_id: 'sub-1' };
        },
      },
    ]);
    const task = await submitOnce(http, meta, build, noSleep);
    expect(task).toMatchObject({ taskId: 'task-1', duplicate: true, label: 'copy' });
    const bodies = calls.filter((c) => c.method === 'POST').map((c) => (c.body as TransferSubmission).submission_id);
    expect(bodies).toEqual(['sub-1', 'sub-1']);
    expect(await pendingSubmissions.entries()).toEqual([]);
  });

  it('keeps the request pending while no answer arrives, so a reload re-sends it with the same id', async () => {
    const { http } = createFakeHttp([
      { path: /^submission_id$/, reply: () => ({ value: 'sub-2' }) },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => {
          throw new NetworkError('offline');
        },
      },
    ]);
    await expect(submitOnce(http, meta, build, noSleep)).rejects.toBeInstanceOf(NetworkError);
    const [[id, pending]] = (await pendingSubmissions.entries()) as [[string, Parameters<typeof resendPending>[1]]];
    expect(id).toBe('sub-2');

    const later = createFakeHttp([
      {
        method: 'POST',
        path: /^transfer$/,
        reply: (o) => ({
          code: 'Accepted',
          task_id: 'task-2',
          submission_id: (o.body as TransferSubmission).submission_id,
        }),
      },
    ]);
    await expect(resendPending(later.http, pending, noSleep)).resolves.toMatchObject({
      taskId: 'task-2',
      duplicate: false,
    });
    expect((later.calls[0]!.body as TransferSubmission).submission_id).toBe('sub-2');
    expect(await pendingSubmissions.entries()).toEqual([]);
  });

  it('forgets the request when Transfer refuses it (nothing was created)', async () => {
    const { http } = createFakeHttp([
      { path: /^submission_id$/, reply: () => ({ value: 'sub-3' }) },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => {
          throw new GlobusError({
            service: 'transfer',
            status: 400,
            code: 'ClientError.BadRequest.NoTransferItems',
            message: 'none',
            body: {},
          });
        },
      },
    ]);
    await expect(submitOnce(http, meta, build, noSleep)).rejects.toBeInstanceOf(GlobusError);
    expect(await pendingSubmissions.entries()).toEqual([]);
  });
});
