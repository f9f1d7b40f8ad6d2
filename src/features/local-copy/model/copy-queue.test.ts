import { describe, expect, it, vi } from 'vitest';
import { NetworkError } from '@/lib/globus/errors';
import { CollectionHttpsError } from '@/lib/globus/https';
import { createCopyQueue } from '@/features/local-copy/model/copy-queue';
import type { CopyTransport } from '@/features/local-copy/model/copy-ports';
import type { CopyJob } from '@/features/local-copy/model/copy-job';
import { fakeTransport, makeJob, memoryJobStore } from '@/features/local-copy/test/fake-transport';

function setUp(transport: CopyTransport, store = memoryJobStore()) {
  const delays: number[] = [];
  const queue = createCopyQueue({
    transport,
    store,
    sleep: async (ms) => void delays.push(ms),
  });
  return { queue, store, delays };
}

const status = (job: CopyJob, rel: string) => job.items.find((i) => i.rel === rel)?.status;
const MB = 1024 * 1024;
const files = (count: number, size = 2 * MB): Array<[string, number]> =>
  Array.from({ length: count }, (_, i) => [`f${i}.dat`, size]);

describe('copy queue', () => {
  it('creates folders first, one at a time, then copies at most four large files at once', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    const job = makeJob([['run/a.txt', 5], ['run/deep/b.txt', 5], ...files(6)]);
    expect(queue.add(job)).toEqual({ ok: true });

    await vi.waitFor(() => expect(t.pending().map((c) => c.rel)).toEqual(['run']));
    t.running('run')!.resolve();
    await vi.waitFor(() => expect(t.pending().map((c) => c.rel)).toEqual(['run/deep']));
    t.running('run/deep')!.resolve();
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    expect(t.pending().every((c) => c.kind === 'file')).toBe(true);

    t.pending()[0]!.resolve();
    await vi.waitFor(() => expect(t.calls.filter((c) => c.kind === 'file')).toHaveLength(5));
    expect(t.pending()).toHaveLength(4);
    await vi.waitFor(() => {
      for (const c of t.pending()) c.resolve();
      expect(job.state).toBe('done');
    });
    expect(job.items.every((i) => i.status === 'done')).toBe(true);
  });

  it('copies up to eight small files at once: their time is mostly round trips', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    queue.add(makeJob(files(10, 100 * 1024)));
    await vi.waitFor(() => expect(t.pending()).toHaveLength(8));
  });

  it('checks uploads with one listing per folder, and fails a file the collection lists with another size', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    const job = makeJob(
      [
        ['run/a.txt', 5],
        ['run/b.txt', 5],
        ['run/c.txt', 5],
        ['top.txt', 5],
      ],
      { direction: 'up' },
    );
    t.remote.set('run/b.txt', 3); // what the collection will list for b.txt
    queue.add(job);
    await vi.waitFor(() => expect(t.pending().map((c) => c.rel)).toEqual(['run']));
    t.running('run')!.resolve();
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    for (const c of t.pending()) c.resolve();
    await vi.waitFor(() => expect(job.state).toBe('done'));
    expect(t.listings.sort()).toEqual(['', 'run']);
    expect(job.items.map((i) => [i.rel, i.status])).toEqual([
      ['run', 'done'],
      ['run/a.txt', 'done'],
      ['run/b.txt', 'failed'],
      ['run/c.txt', 'done'],
      ['top.txt', 'done'],
    ]);
    expect(job.items.find((i) => i.rel === 'run/b.txt')?.error).toBe(
      '“b.txt” has 3 B after copying instead of 5 B; it may have changed meanwhile. Copy it again.',
    );
  });

  it('retries a file after a dropped connection with growing waits, then copies it', async () => {
    const t = fakeTransport();
    const { queue, delays } = setUp(t.transport);
    const job = makeJob([['a.bin', 100]]);
    queue.add(job);
    await vi.waitFor(() => expect(t.running('a.bin')).toBeDefined());
    t.running('a.bin')!.progress(40);
    t.running('a.bin')!.reject(new NetworkError('dropped'));
    await vi.waitFor(() => expect(t.calls).toHaveLength(2));
    t.running('a.bin')!.reject(new NetworkError('dropped'));
    await vi.waitFor(() => expect(t.calls).toHaveLength(3));
    t.running('a.bin')!.resolve();
    await vi.waitFor(() => expect(job.state).toBe('done'));
    expect(delays).toEqual([1_000, 4_000]);
    // The retries continue the partial file; only the first attempt overwrites what was there.
    expect(t.calls.map((c) => c.resume)).toEqual([false, true, true]);
    expect(job.items[0]).toMatchObject({ status: 'done', done: 100 });
  });

  it('retries a file the HTTPS server refused as briefly unavailable (503), but not one it refused for good', async () => {
    const t = fakeTransport();
    const { queue, delays } = setUp(t.transport);
    const job = makeJob([
      ['busy.bin', 1],
      ['gone.bin', 1],
    ]);
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(2));
    t.running('busy.bin')!.reject(new CollectionHttpsError('HTTP 503', 503, false, []));
    t.running('gone.bin')!.reject(new CollectionHttpsError('HTTP 404', 404, false, []));
    await vi.waitFor(() => expect(t.calls).toHaveLength(3));
    t.running('busy.bin')!.resolve();
    await vi.waitFor(() => expect(job.state).toBe('done'));
    expect(delays).toEqual([1_000]);
    expect(job.items.map((i) => i.status)).toEqual(['done', 'failed']);
  });

  it('fails a file after the retries and goes on with the others, listing what failed', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    const job = makeJob([
      ['a.bin', 1],
      ['b.bin', 1],
    ]);
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(2));
    t.running('b.bin')!.resolve();
    for (let i = 0; i < 4; i++) {
      await vi.waitFor(() => expect(t.running('a.bin')).toBeDefined());
      t.running('a.bin')!.reject(new NetworkError('dropped'));
    }
    await vi.waitFor(() => expect(job.state).toBe('done'));
    expect(status(job, 'b.bin')).toBe('done');
    expect(job.items.find((i) => i.rel === 'a.bin')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('connection to “Lab Storage” dropped') as unknown,
    });
  });

  it('stops at the first error when asked, leaving the rest queued for a retry', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    const job = makeJob(files(6), { stopOnError: true });
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    t.running('f1.dat')!.reject(new CollectionHttpsError('HTTP 404', 404, false, []));
    await vi.waitFor(() => expect(job.state).toBe('stopped'));
    expect(status(job, 'f1.dat')).toBe('failed');
    expect(job.items.find((i) => i.rel === 'f1.dat')?.error).toBe('“f1.dat” is no longer on “Lab Storage”.');
    // The other three were stopped, not failed; nothing new started.
    expect(t.pending()).toHaveLength(0);
    expect(t.calls).toHaveLength(4);
    expect(job.items.filter((i) => i.status === 'queued')).toHaveLength(5);

    await queue.retryFailed(job.id);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    expect(new Set(t.pending().map((c) => c.rel)).has('f1.dat')).toBe(true);
  });

  it('pauses (aborting what runs), resumes without sending finished files again, and cancels removing partial files', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    const job = makeJob(files(6));
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    t.running('f0.dat')!.resolve();
    await vi.waitFor(() => expect(status(job, 'f0.dat')).toBe('done'));
    const before = t.pending();
    before[0]!.progress(3);

    queue.pause(job.id);
    expect(job).toMatchObject({ state: 'paused', pauseReason: 'user' });
    expect(before.every((c) => c.signal.aborted)).toBe(true);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(0));
    expect(status(job, 'f1.dat')).toBe('queued');

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

  it('refuses a second copy to the same target file while the first is unfinished', () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    queue.add(
      makeJob([
        ['run/a.txt', 5],
        ['b.txt', 1],
      ]),
    );
    const again = queue.add(
      makeJob([
        ['run/a.txt', 5],
        ['c.txt', 1],
      ]),
    );
    expect(again).toEqual({
      ok: false,
      message:
        '“run/a.txt” is already being copied to the same place. Wait for that copy to finish, or cancel it, then try again.',
    });
    // Another local folder is another target.
    expect(queue.add(makeJob([['run/a.txt', 5]], { localRootId: 'local:k2' }))).toEqual({ ok: true });
  });

  it('pauses for a login when the HTTPS server asks for consent, and goes on by itself after the return', async () => {
    const t = fakeTransport();
    const store = memoryJobStore();
    const { queue } = setUp(t.transport, store);
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
    const { queue: after } = setUp(t2.transport, store);
    await after.restore();
    const restored = after.getSnapshot().jobs[0]!;
    expect(restored).toMatchObject({ state: 'running', consentTried: true });
    await vi.waitFor(() => expect(t2.pending().map((c) => c.rel)).toEqual(['b.bin']));
  });

  it('one login round trip resumes every copy waiting for it, asking for all their scopes at once', async () => {
    const t = fakeTransport();
    const store = memoryJobStore();
    const { queue } = setUp(t.transport, store);
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
    const { queue: after } = setUp(t2.transport, store);
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
    const { queue } = setUp(t.transport, store);
    const job = makeJob(files(3));
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(3));
    t.running('f0.dat')!.resolve();
    t.running('f1.dat')!.progress(7);
    await vi.waitFor(() => expect(status(job, 'f0.dat')).toBe('done'));
    await queue.flush();

    // After a reload the browser has forgotten the folder permission.
    const t2 = fakeTransport({ granted: false });
    const { queue: after } = setUp(t2.transport, store);
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

  it('after a consent round trip, reads a 403 as missing permission and fails the file with that reason', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
    const job = makeJob([['a.bin', 1]], { direction: 'up', consentTried: true });
    queue.add(job);
    await vi.waitFor(() => expect(t.running('a.bin')).toBeDefined());
    t.running('a.bin')!.reject(new CollectionHttpsError('HTTP 403', 403, true, ['scope']));
    await vi.waitFor(() => expect(job.state).toBe('done'));
    expect(job.items[0]?.error).toBe(
      'You do not have permission to write “a.bin” on “Lab Storage”. Ask its administrator for write access.',
    );
  });

  it('pauses on a full disk instead of failing every file after it', async () => {
    const t = fakeTransport();
    const { queue } = setUp(t.transport);
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
    const { queue, store } = setUp(t.transport);
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
