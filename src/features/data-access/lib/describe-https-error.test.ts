import { describe, expect, it } from 'vitest';
import { CollectionHttpsError } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { describeHttpsError } from '@/features/data-access/lib/describe-https-error';

const what = { action: 'upload', name: 'big #1.bin', folder: '/data/' } as const;
const status = (n: number) => new CollectionHttpsError('refused', n, false, []);

describe('describeHttpsError', () => {
  it('says what happened and what to do for each failure a user can meet', () => {
    expect(describeHttpsError(status(404), what)).toBe(
      'The folder /data/ no longer exists. Refresh the folder and try again.',
    );
    expect(describeHttpsError(status(404), { ...what, action: 'download' })).toBe(
      '“big #1.bin” is no longer there. Refresh the folder and try again.',
    );
    expect(describeHttpsError(status(409), what)).toBe('“big #1.bin” is a folder here; choose another name.');
    expect(describeHttpsError(status(507), what)).toMatch(
      /^There is not enough space on this collection to upload “big #1\.bin”\. Free some space/,
    );
    expect(describeHttpsError(status(500), what)).toBe(
      'The collection’s HTTPS server refused to upload “big #1.bin” (HTTP 500). Try again later.',
    );
    expect(describeHttpsError(new NetworkError(), what)).toMatch(/could not be reached/);
  });
});
