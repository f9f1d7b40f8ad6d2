// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  canKeepForLater,
  clearPendingUploads,
  KEEP_LIMIT_BYTES,
  savePendingUpload,
  takePendingUpload,
} from '@/features/data-access/lib/pending-upload-store';

afterEach(async () => {
  vi.useRealTimers();
  await clearPendingUploads();
});

describe('pending upload store', () => {
  it('gives the kept files back once, only for the same collection and folder', async () => {
    await savePendingUpload('c-1', '/data/', [new File(['hello'], 'a #1.txt')]);
    expect(await takePendingUpload('c-2', '/data/')).toBeNull();
    await savePendingUpload('c-1', '/data/', [new File(['hello'], 'a #1.txt')]);
    // (Node's structured clone keeps no File contents; the browser test checks the bytes that come back.)
    expect(await takePendingUpload('c-1', '/data/')).toHaveLength(1);
    expect(await takePendingUpload('c-1', '/data/')).toBeNull();
  });

  it('forgets files older than an hour, and everything on clear (logout)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    await savePendingUpload('c-1', '/data/', [new File(['x'], 'x')]);
    vi.setSystemTime(Date.now() + 61 * 60 * 1000);
    expect(await takePendingUpload('c-1', '/data/')).toBeNull();
    await savePendingUpload('c-1', '/data/', [new File(['x'], 'x')]);
    await clearPendingUploads();
    expect(await takePendingUpload('c-1', '/data/')).toBeNull();
  });

  it('keeps only uploads small enough to copy into browser storage', () => {
    const big = { size: KEEP_LIMIT_BYTES + 1 } as File;
    expect(canKeepForLater([new File(['x'], 'x')])).toBe(true);
    expect(canKeepForLater([big])).toBe(false);
  });
});
