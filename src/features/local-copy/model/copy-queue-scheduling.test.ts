import { describe, expect, it, vi } from 'vitest';
import { fakeTransport, makeJob } from '@/features/local-copy/test/fake-transport';
import { files, setUpQueue } from '@/features/local-copy/test/copy-queue-harness';

describe('copy queue', () => {
  it('creates folders first, one at a time, then copies at most four large files at once', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
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

  it('copies up to sixteen small files down at once: their time is mostly round trips and file writes', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
    queue.add(makeJob(files(20, 100 * 1024)));
    await vi.waitFor(() => expect(t.pending()).toHaveLength(16));
    t.pending()[0]!.resolve();
    await vi.waitFor(() => expect(t.calls.filter((c) => c.kind === 'file')).toHaveLength(17));
    expect(t.pending()).toHaveLength(16);
  });

  it('sends up to eight small files up at once', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
    queue.add(makeJob(files(20, 100 * 1024), { direction: 'up' }));
    await vi.waitFor(() => expect(t.pending()).toHaveLength(8));
  });

  it('checks uploads with one listing per folder, and fails a file the collection lists with another size', async () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
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

  it('refuses a second copy to the same target file while the first is unfinished', () => {
    const t = fakeTransport();
    const { queue } = setUpQueue(t.transport);
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
});
