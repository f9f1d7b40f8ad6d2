// downloadInto on a file large enough to come in parts (src/lib/downloads/fetch-into-file.ts).
import { describe, expect, it } from 'vitest';
import type { CollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { downloadInto } from '@/features/local-copy/lib/file-io';
import { nextPartLength } from '@/lib/downloads/download-parts';
import { fakeFileHandle, fakeServer } from '@/features/local-copy/test/fake-file-io';

const target = { collectionId: 'c-1', httpsServer: 'https://g.example.org', path: '/d/f.txt' };

describe('downloadInto, a large file in parts', () => {
  const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
  // Parts of 4 bytes whatever the rate (seconds: 0), up to 8 taken whole.
  const partSizes = { first: 4, max: 8, seconds: 0 };
  const req = (https: CollectionHttps, file: ReturnType<typeof fakeFileHandle>, resume = false) => ({
    ...target,
    https,
    size: ALPHABET.length,
    file: file.target,
    resume,
    signal: new AbortController().signal,
    onProgress: () => {},
    partSizes,
  });

  it('asks for each part while the one before it arrives, and writes them in order', async () => {
    const file = fakeFileHandle();
    const server = fakeServer(ALPHABET, { declareLength: true });
    await downloadInto(req(server.https, file));
    expect(file.text()).toBe(ALPHABET);
    expect(server.asked).toEqual([undefined, 4, 8, 12, 16, 20, 24]);
    // The last part is the rest of the file, asked for without an end.
    expect(server.lengths).toEqual([4, 4, 4, 4, 4, 4, undefined]);
    // The second part is asked for before the first one has arrived.
    expect(server.log.indexOf('ask 4')).toBeLessThan(server.log.indexOf('end 0'));
    // Never more than one part ahead.
    expect(server.log.indexOf('end 0')).toBeLessThan(server.log.indexOf('ask 8'));
  });

  it('commits a download that ends within the minimum time between commits only once, at the end', async () => {
    const file = fakeFileHandle();
    const server = fakeServer(ALPHABET, { declareLength: true });
    await downloadInto({ ...req(server.https, file), minCommitBytes: 4, minCommitMs: 60_000 });
    expect([file.text(), file.opened]).toEqual([ALPHABET, [false]]);
  });

  it('keeps the parts before a cut one, and the next try asks again from the cut part', async () => {
    const file = fakeFileHandle();
    const server = fakeServer(ALPHABET, { declareLength: true, cutRequest: 2, cutAfter: 2 });
    await expect(downloadInto(req(server.https, file))).rejects.toBeInstanceOf(NetworkError);
    expect(file.text()).toBe('abcdefgh');
    const asked = server.asked.length;
    await downloadInto(req(server.https, file, true));
    expect(server.asked.slice(asked)[0]).toBe(8);
    expect(file.text()).toBe(ALPHABET);
  });

  it('reads a whole-file answer to a part request as a stream, from the start', async () => {
    const file = fakeFileHandle('abc');
    const server = fakeServer(ALPHABET, { declareLength: true, ignoreRange: true });
    await downloadInto(req(server.https, file, true));
    // One request: the answer is the whole file, larger than a part taken whole, so it is streamed.
    expect([server.asked, file.text()]).toEqual([[3], ALPHABET]);
  });

  it('takes a part whose body came decoded to another size than declared as it came, and goes on from there', async () => {
    const file = fakeFileHandle();
    const server = fakeServer(ALPHABET, { declareLength: true });
    // The first answer declares 3 bytes (its size on the wire, say compressed) and brings 4.
    let first = true;
    const https: CollectionHttps = {
      download: async (t) => {
        const answer = await server.https.download(t);
        if (!first) return answer;
        first = false;
        return new Response(answer.body, { status: 206, headers: { 'Content-Length': '3' } });
      },
      upload: async () => {},
    };
    await downloadInto(req(https, file));
    expect(file.text()).toBe(ALPHABET);
    // The part asked for ahead from byte 3 is dropped; the download goes on from byte 4.
    expect(server.asked.slice(0, 3)).toEqual([undefined, 3, 4]);
  });

  it('stops with an error worth a retry when a later part is answered with the whole file', async () => {
    const file = fakeFileHandle();
    const partial = fakeServer(ALPHABET, { declareLength: true });
    const whole = fakeServer(ALPHABET, { declareLength: true, ignoreRange: true });
    let calls = 0;
    const https: CollectionHttps = {
      download: (t) => ((calls += 1) === 1 ? partial : whole).https.download(t),
      upload: async () => {},
    };
    await expect(downloadInto(req(https, file))).rejects.toBeInstanceOf(NetworkError);
    expect(file.text()).toBe('abcd');
  });
});

describe('nextPartLength', () => {
  const MB = 1024 * 1024;
  const sizes = { first: 2 * MB, max: 32 * MB, seconds: 1 };
  it('starts small, then follows the measured rate between the first size and the largest', () => {
    expect(nextPartLength(sizes, 1024 * MB, 0, 0, 0)).toBe(2 * MB);
    // 8 MB in half a second: 16 MB a second.
    expect(nextPartLength(sizes, 1024 * MB, 8 * MB, 8 * MB, 500)).toBe(16 * MB);
    // 100 MB a second: capped.
    expect(nextPartLength(sizes, 1024 * MB, 100 * MB, 100 * MB, 1000)).toBe(32 * MB);
    // A slow link: never below the first size.
    expect(nextPartLength(sizes, 1024 * MB, 2 * MB, 2 * MB, 20_000)).toBe(2 * MB);
  });

  it('asks for the rest in one request when it fits in the next part', () => {
    expect(nextPartLength(sizes, 2 * MB, 0, 0, 0)).toBeUndefined();
    expect(nextPartLength(sizes, 40 * MB, 20 * MB, 20 * MB, 1000)).toBeUndefined();
  });
});
