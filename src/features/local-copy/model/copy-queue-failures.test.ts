import { describe, expect, it, vi } from 'vitest';
import { NetworkError } from '@/lib/globus/errors';
import { CollectionHttpsError } from '@/lib/globus/https';
import { fakeTransport, makeJob } from '@/features/local-copy/test/fake-transport';
import { files, itemStatus, setUpQueue } from '@/features/local-copy/test/copy-queue-harness';

describe('copy queue', () => {
  it('retries a file after a dropped connection with growing waits, then copies it', async () => {
    const t = fakeTransport();
    const { queue, delays } = setUpQueue(t.transport);
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
    const { queue, delays } = setUpQueue(t.transport);
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
    const { queue } = setUpQueue(t.transport);
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
    expect(itemStatus(job, 'b.bin')).toBe('done');
    expect(job.items.find((i) => i.rel === 'a.bin')).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('connection to “Lab Storage” dropped') as unknown,
    });
  });

  it('stops at the first error when asked, leaving the rest queued for a retry', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
    const job = makeJob(files(6), { stopOnError: true });
    queue.add(job);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    t.running('f1.dat')!.reject(new CollectionHttpsError('HTTP 404', 404, false, []));
    await vi.waitFor(() => expect(job.state).toBe('stopped'));
    expect(itemStatus(job, 'f1.dat')).toBe('failed');
    expect(job.items.find((i) => i.rel === 'f1.dat')?.error).toBe('“f1.dat” is no longer on “Lab Storage”.');
    // The other three were stopped, not failed; nothing new started.
    expect(t.pending()).toHaveLength(0);
    expect(t.calls).toHaveLength(4);
    expect(job.items.filter((i) => i.status === 'queued')).toHaveLength(5);

    await queue.retryFailed(job.id);
    await vi.waitFor(() => expect(t.pending()).toHaveLength(4));
    expect(new Set(t.pending().map((c) => c.rel)).has('f1.dat')).toBe(true);
  });

  it('after a consent round trip, reads a 403 as missing permission and fails the file with that reason', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
    const job = makeJob([['a.bin', 1]], { direction: 'up', consentTried: true });
    queue.add(job);
    await vi.waitFor(() => expect(t.running('a.bin')).toBeDefined());
    t.running('a.bin')!.reject(new CollectionHttpsError('HTTP 403', 403, true, ['scope']));
    await vi.waitFor(() => expect(job.state).toBe('done'));
    expect(job.items[0]?.error).toBe(
      'You do not have permission to write “a.bin” on “Lab Storage”. Ask its administrator for write access.',
    );
  });
});
