import { describe, expect, it, vi } from 'vitest';
import type { CollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { downloadInto, SizeMismatchError, uploadFrom } from '@/features/local-copy/lib/file-io';
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
