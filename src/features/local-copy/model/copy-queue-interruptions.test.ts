import { describe, expect, it, vi } from 'vitest';
import { CollectionHttpsError } from '@/lib/globus/https';
import { fakeTransport, makeJob, memoryJobStore } from '@/features/local-copy/test/fake-transport';
import { files, itemStatus, setUpQueue } from '@/features/local-copy/test/copy-queue-harness';

describe('copy queue', () => {
  it('pauses (aborting what runs), resumes without sending finished files again, and cancels removing partial files', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
    const job = makeJob(files(6));
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    t.running('f0.dat')!.resolve();
    await vi.waitFor(() => expect(itemStatus(job, 'f0.dat')).toBe('done'));
    const before = t.pending();
    before[0]!.progress(3);

    queue.pause(job.id);
    expect(job).toMatchObject({ state: 'paused', pauseReason: 'user' });
    expect(before.every((c) => c.signal.aborted)).toBe(true);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(0));
    expect(itemStatus(job, 'f1.dat')).toBe('queued');

    await queue.resume(job.id);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    expect(t.calls.filter((c) => c.rel === 'f0.dat')).toHaveLength(1);

    t.running('f3.dat')!.progress(4);
    await queue.cancel(job.id);
    expect(job.state).toBe('cancelled');
    expect(job.items.filter((i) => i.status === 'cancelled')).toHaveLength(5);
    expect(t.removed.sort()).toEqual(['f1.dat', 'f3.dat']);
    expect(job.cancelNote).toBe('2 half-written files were removed.');
  });

  it('pauses for a login when the HTTPS server asks for consent, and goes on by itself after the return', async () => {
    const t = fakeTransport();
    const store = memoryJobStore();
    const { queue } = setUpQueue(t.transport, store);
    const job = makeJob([
      ['a.bin', 1],
      ['b.bin', 1],
    ]);
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(2));
    t.running('a.bin')!.resolve();
    t.running('b.bin')!.reject(new CollectionHttpsError('HTTP 401', 401, true, ['scope-c-1']));
    await vi.waitFor(() => expect(job.pauseReason).toBe('login'));
    expect(job.loginNeed).toEqual({ scopes: ['scope-c-1'] });
    await queue.loginStarted(job.id);

    // The round trip reloads the page: a new queue reads the saved job.
    const t2 = fakeTransport();
    const { queue: after } = setUpQueue(t2.transport, store);
    await after.restore();
    const restored = after.getSnapshot().jobs[0]!;
    expect(restored).toMatchObject({ state: 'running', consentTried: true });
    await vi.waitFor(() => expect(t2.pending().map((c) => c.rel)).toEqual(['b.bin']));
  });

  it('one login round trip resumes every copy waiting for it, asking for all their scopes at once', async () => {
    const t = fakeTransport();
    const store = memoryJobStore();
    const { queue } = setUpQueue(t.transport, store);
    const first = makeJob([['a.bin', 1]]);
    const second = makeJob([['b.bin', 1]], { localRootId: 'local:k2' });
    const other = makeJob([['c.bin', 1]], { localRootId: 'local:k3', collectionId: 'c-2' });
    for (const j of [first, second, other]) queue.add(j);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(3));
    t.running('a.bin')!.reject(new CollectionHttpsError('HTTP 401', 401, true, ['scope-c-1']));
    t.running('b.bin')!.reject(new CollectionHttpsError('HTTP 401', 401, true, ['scope-c-1']));
    t.running('c.bin')!.reject(new CollectionHttpsError('HTTP 401', 401, true, ['scope-c-2']));
    await vi.waitFor(() =>
      expect([first, second, other].map((j) => j.pauseReason)).toEqual(['login', 'login', 'login']),
    );

    expect(await queue.loginStarted(first.id)).toEqual({ scopes: ['scope-c-1', 'scope-c-2'] });

    const t2 = fakeTransport();
    const { queue: after } = setUpQueue(t2.transport, store);
    await after.restore();
    expect(after.getSnapshot().jobs.map((j) => j.state)).toEqual(['running', 'running', 'running']);
    await vi.waitFor(() =>
      expect(
        t2
          .pending()
          .map((c) => c.rel)
          .sort(),
      ).toEqual(['a.bin', 'b.bin', 'c.bin']),
    );
  });

  it('survives a reload: finished stays finished, interrupted files start again once the folder is allowed', async () => {
    const t = fakeTransport();
    const store = memoryJobStore();
    const { queue } = setUpQueue(t.transport, store);
    const job = makeJob(files(3));
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(3));
    t.running('f0.dat')!.resolve();
    t.running('f1.dat')!.progress(7);
    await vi.waitFor(() => expect(itemStatus(job, 'f0.dat')).toBe('done'));
    await queue.flush();

    // After a reload the browser has forgotten the folder permission.
    const t2 = fakeTransport({ granted: false });
    const { queue: after } = setUpQueue(t2.transport, store);
    await after.restore();
    const restored = after.getSnapshot().jobs[0]!;
    expect(restored).toMatchObject({ state: 'paused', pauseReason: 'permission' });
    expect(restored.items.map((i) => i.status)).toEqual(['done', 'queued', 'queued']);
    expect(t2.calls).toHaveLength(0);

    await after.resume(restored.id); // the user's one click
    await vi.waitFor(() =>
      expect(
        t2
          .pending()
          .map((c) => c.rel)
          .sort(),
      ).toEqual(['f1.dat', 'f2.dat']),
    );
  });

  it('pauses on a full disk instead of failing every file after it', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
    const job = makeJob(files(2));
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(2));
    t.running('f0.dat')!.reject(new DOMException('full', 'QuotaExceededError'));
    await vi.waitFor(() => expect(job).toMatchObject({ state: 'paused', pauseReason: 'disk-full' }));
    expect(job.items.map((i) => i.status)).toEqual(['queued', 'queued']);
  });
});

describe('copy queue at logout', () => {
  it('stops every copy and forgets the saved list', async () => {
    const t = fakeTransport();
    const { queue, store } = setUpQueue(t.transport);
    const job = makeJob(files(2));
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(2));
    await queue.flush();
    expect(store.saved.size).toBe(1);
    await queue.forgetAll();
    expect(t.calls.every((c) => c.signal.aborted)).toBe(true);
    expect([queue.getSnapshot().jobs, store.saved.size]).toEqual([[], 0]);
  });
});
