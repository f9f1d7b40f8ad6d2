// A file handle and a collection's HTTPS server as the download and upload code sees them, in memory.
import type { CollectionHttps, DownloadTarget } from '@/lib/globus/https';
import { fakeSwapWritable } from '@/features/local-copy/test/fake-writable';

export const enc = (s: string) => new TextEncoder().encode(s);
export const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/**
 * A file handle that behaves like Chromium's: a writable fills a swap file (a copy of the file with
 * keepExistingData) that replaces the file only on close(); abort() throws it away.
 */
export function fakeFileHandle(initial = '') {
  let disk = enc(initial);
  const opened: boolean[] = [];
  const handle = {
    getFile: async () => new File([disk], 'f'),
    createWritable: async ({ keepExistingData = false } = {}) => {
      opened.push(keepExistingData);
      return fakeSwapWritable(keepExistingData ? disk.slice() : new Uint8Array(), (bytes) => void (disk = bytes));
    },
  };
  // A file given initial content exists already; otherwise the download must create it.
  let exists = initial !== '';
  const fileHandle = handle as unknown as FileSystemFileHandle;
  const target = {
    find: async () => (exists ? fileHandle : null),
    create: async () => ((exists = true), fileHandle),
  };
  return { handle: fileHandle, target, text: () => dec(disk), opened, exists: () => exists };
}

/**
 * Serves `content` from the asked offset, `length` bytes or the rest. With `cutAfter`, the body of request number
 * `cutRequest` (the first by default) breaks after that many bytes. With `declareLength`, answers say their
 * length (Content-Length), as real servers do; `log` records each request and each body read, in order.
 */
export function fakeServer(
  content: string,
  opts: { cutAfter?: number; cutRequest?: number; ignoreRange?: boolean; declareLength?: boolean } = {},
) {
  const asked: Array<number | undefined> = [];
  const lengths: Array<number | undefined> = [];
  const log: string[] = [];
  const https: CollectionHttps = {
    download: async (t: DownloadTarget) => {
      const request = asked.length;
      asked.push(t.offset);
      lengths.push(t.length);
      log.push(`ask ${t.offset ?? 0}`);
      const ranged = !opts.ignoreRange && (t.offset !== undefined || t.length !== undefined);
      const from = ranged ? (t.offset ?? 0) : 0;
      const rest = enc(content.slice(from, ranged && t.length !== undefined ? from + t.length : undefined));
      const cut = request === (opts.cutRequest ?? 0) ? opts.cutAfter : undefined;
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            pulls += 1;
            if (pulls === 1) {
              log.push(`read ${from}`);
              controller.enqueue(cut === undefined ? rest : rest.slice(0, cut));
            } else if (cut === undefined) {
              log.push(`end ${from}`);
              controller.close();
            } else controller.error(new TypeError('network error'));
          },
          // Read only when asked for, as a network body is.
        },
        { highWaterMark: 0 },
      );
      const headers: Record<string, string> = opts.declareLength ? { 'Content-Length': String(rest.length) } : {};
      return new Response(body, { status: ranged ? 206 : 200, headers });
    },
    upload: async () => {},
  };
  return { https, asked, lengths, log };
}
