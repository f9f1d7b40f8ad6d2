import { describe, expect, it } from 'vitest';
import { summarize } from '@/features/local-copy/model/job-summary';
import { makeJob } from '@/features/local-copy/test/fake-transport';

describe('job summary', () => {
  it('counts what a paused download kept on disk, but not what a paused upload sent (it starts again)', () => {
    const down = makeJob([['big.dat', 100]], { state: 'paused', pauseReason: 'disk-full' });
    down.items[0]!.done = 60;
    expect(summarize(down)).toMatchObject({ bytes: 100, bytesDone: 60, queued: 1 });
    const up = makeJob([['big.dat', 100]], { direction: 'up', state: 'paused', pauseReason: 'user' });
    up.items[0]!.done = 60;
    expect(summarize(up)).toMatchObject({ bytes: 100, bytesDone: 0, queued: 1 });
  });
});
