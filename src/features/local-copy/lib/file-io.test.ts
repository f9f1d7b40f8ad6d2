import { describe, expect, it, vi } from 'vitest';
import type { CollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { downloadInto, SizeMismatchError, uploadFrom } from '@/features/local-copy/lib/file-io';
import { nextPartLength } from '@/lib/downloads/download-parts';
import { dec, enc, fakeFileHandle, fakeServer } from '@/features/local-copy/test/fake-file-io';

const target = { collectionId: 'c-1', httpsServer: 'https://g.example.org', path: '/d/f.txt' };

describe('downloadInto', () => {
  it('keeps what arrived before a dropped connection and continues from there with a Range request', async () => {
    const file = fakeFileHandle();
    const server = fakeServer('hello, data\n', { cutAfter: 5 });
    const progress: number[] = [];
    const req = { ...target, https: server.https, size: 12, file: file.target, signal: new AbortController().signal };

    await expect(downloadInto({ ...req, resume: false, onProgress: (d) => progress.push(d) })).rejects.toBeInstanceOf(
      NetworkError,
    );
    expect(file.text()).toBe('hello');

    await downloadInto({ ...req, resume: true, onProgress: (d) => progress.push(d) });
    expect(server.asked).toEqual([undefined, 5]);
    expect(file.text()).toBe('hello, data\n');
    expect(progress).toEqual([0, 5, 5, 12]);
  });

  it('reports a full disk as such, not as the errored stream that closing it afterwards complains about', async () => {
    const file = fakeFileHandle();
    const full = new DOMException('The disk is full', 'QuotaExceededError');
    const diskFull = {
      ...file.target,
      create: async () => {
        const handle = await file.target.create();
        return {
          createWritable: async () => ({
            ...(await handle.createWritable()),
            write: () => Promise.reject(full),
            close: () => Promise.reject(new TypeError('Cannot close a ERRORED writable stream')),
          }),
          getFile: () => handle.getFile(),
        } as unknown as FileSystemFileHandle;
      },
    };
    const server = fakeServer('hello');
    await expect(
      downloadInto({
        ...target,
        https: server.https,
        size: 5,
        file: diskFull,
        resume: false,
        signal: new AbortController().signal,
        onProgress: () => {},
      }),
    ).rejects.toBe(full);
  });

  it('writes the file again from the start when the server ignores the range', async () => {
    const file = fakeFileHandle('hel');
    const server = fakeServer('hello', { ignoreRange: true });
    await downloadInto({
      ...target,
      https: server.https,
      size: 5,
      file: file.target,
      resume: true,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(server.asked).toEqual([3]);
    expect(file.text()).toBe('hello');
  });

  it('creates the file only once the server answered: a refused request leaves nothing on disk', async () => {
    const file = fakeFileHandle();
    const https: CollectionHttps = {
      download: async () => {
        throw new Error('consent needed');
      },
      upload: async () => {},
    };
    const req = { ...target, https, size: 5, file: file.target, signal: new AbortController().signal };
    await expect(downloadInto({ ...req, resume: false, onProgress: () => {} })).rejects.toThrow('consent needed');
    expect(file.exists()).toBe(false);
    expect(file.opened).toEqual([]);
  });

  it('commits long downloads in growing stretches, so a reload loses at most the part since the last commit', async () => {
    const file = fakeFileHandle();
    const chunks = ['aa', 'bb', 'cc', 'dd', 'ee', 'ff', 'gg', 'hh'];
    const https: CollectionHttps = {
      download: async () =>
        new Response(
          new ReadableStream({
            start(c) {
              for (const s of chunks) c.enqueue(enc(s));
              c.close();
            },
          }),
        ),
      upload: async () => {},
    };
    await downloadInto({
      ...target,
      https,
      size: 16,
      file: file.target,
      resume: false,
      signal: new AbortController().signal,
      onProgress: () => {},
      minCommitBytes: 2,
      minCommitMs: 0,
    });
    expect(file.text()).toBe(chunks.join(''));
    // Commits at 2, 4 and 8 bytes, then at the end: each stretch as long as what was committed before it.
    expect(file.opened).toEqual([false, true, true, true]);
  });

  it('reads the next stretch while the previous one is still being written, one write at a time', async () => {
    const file = fakeFileHandle();
    const events: string[] = [];
    const releases: Array<() => void> = [];
    const slowDisk = {
      ...file.target,
      create: async () => {
        const handle = await file.target.create();
        return {
          createWritable: async (opts?: { keepExistingData?: boolean }) => {
            const inner = await handle.createWritable(opts);
            return {
              ...inner,
              write: async (chunk: Uint8Array<ArrayBuffer>) => {
                events.push(`write ${dec(chunk)}`);
                await new Promise<void>((resolve) => releases.push(resolve));
                await inner.write(chunk);
                events.push(`written ${dec(chunk)}`);
              },
            };
          },
          getFile: () => handle.getFile(),
        } as unknown as FileSystemFileHandle;
      },
    };
    const chunks = ['aa', 'bb', 'cc'];
    let pulls = 0;
    const https: CollectionHttps = {
      download: async () =>
        new Response(
          new ReadableStream(
            {
              pull(c) {
                events.push(`read ${pulls}`);
                if (pulls < chunks.length) c.enqueue(enc(chunks[pulls]!));
                else c.close();
                pulls += 1;
              },
            },
            { highWaterMark: 0 },
          ),
        ),
      upload: async () => {},
    };
    const done = downloadInto({
      ...target,
      https,
      size: 6,
      file: slowDisk,
      resume: false,
      signal: new AbortController().signal,
      onProgress: () => {},
      minCommitBytes: 2,
      minCommitMs: 0,
    }).catch(() => {});
    // Each write waits until the test lets it finish; the next read must not wait for it.
    for (let i = 0; i < 3; i++) {
      await vi.waitFor(() => expect(releases.length).toBe(i + 1));
      releases[i]!();
    }
    await done;
    expect(file.text()).toBe('aabbcc');
    expect(events.indexOf('read 1')).toBeLessThan(events.indexOf('written aa'));
    // Never two writes at once: a write starts only after the one before it finished.
    expect(events.indexOf('written aa')).toBeLessThan(events.indexOf('write bb'));
  });

  it('reports a file whose size on disk differs from the listed size', async () => {
    const file = fakeFileHandle();
    const server = fakeServer('short');
    await expect(
      downloadInto({
        ...target,
        https: server.https,
        size: 9,
        file: file.target,
        resume: false,
        signal: new AbortController().signal,
        onProgress: () => {},
      }),
    ).rejects.toBeInstanceOf(SizeMismatchError);
  });
});

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

describe('downloadInto, overwriting', () => {
  it('replaces an older file of the same size instead of taking it for a finished copy', async () => {
    const file = fakeFileHandle('old!!');
    const server = fakeServer('fresh');
    const req = { ...target, https: server.https, size: 5, file: file.target, signal: new AbortController().signal };
    await downloadInto({ ...req, resume: false, onProgress: () => {} });
    expect([server.asked, file.text()]).toEqual([[undefined], 'fresh']);
  });

  it('fetches the whole file when the server refuses the Range request outright (CORS)', async () => {
    const file = fakeFileHandle('hel');
    const asked: Array<number | undefined> = [];
    const https: CollectionHttps = {
      download: async (t) => {
        asked.push(t.offset);
        if (t.offset) throw new NetworkError('blocked');
        return new Response('hello');
      },
      upload: async () => {},
    };
    const req = { ...target, https, size: 5, file: file.target, signal: new AbortController().signal };
    await downloadInto({ ...req, resume: true, onProgress: () => {} });
    expect([asked, file.text()]).toEqual([[3, undefined], 'hello']);
  });
});

describe('uploadFrom', () => {
  it('sends the file from disk and returns the size sent, for the check against the listing', async () => {
    const file = fakeFileHandle('12345');
    const sent: Blob[] = [];
    const https: CollectionHttps = {
      download: async () => new Response(),
      upload: async (t) => void sent.push(t.body),
    };
    const req = {
      ...target,
      https,
      size: 5,
      file: file.handle,
      signal: new AbortController().signal,
      onProgress: () => {},
    };
    expect(await uploadFrom(req)).toBe(5);
    expect(sent[0]).toBeInstanceOf(File);
  });
});
