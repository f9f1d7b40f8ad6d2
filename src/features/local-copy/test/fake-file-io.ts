// A file handle and a collection's HTTPS server as the download and upload code sees them, in memory.
import type { CollectionHttps, DownloadTarget } from '@/lib/globus/https';

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
      let swap = keepExistingData ? disk.slice() : new Uint8Array();
      let pos = 0;
      return {
        seek: async (p: number) => void (pos = p),
        truncate: async (n: number) => void (swap = swap.slice(0, n)),
        write: async (chunk: Uint8Array) => {
          const next = new Uint8Array(Math.max(swap.length, pos + chunk.length));
          next.set(swap);
          next.set(chunk, pos);
          swap = next;
          pos += chunk.length;
        },
        close: async () => void (disk = swap),
        abort: async () => {},
      };
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

/** Serves `content` from the asked offset; with `cutAfter`, the body breaks after that many bytes. */
export function fakeServer(content: string, opts: { cutAfter?: number; ignoreRange?: boolean } = {}) {
  const asked: Array<number | undefined> = [];
  const https: CollectionHttps = {
    download: async (t: DownloadTarget) => {
      asked.push(t.offset);
      const from = opts.ignoreRange ? 0 : (t.offset ?? 0);
      const rest = enc(content.slice(from));
      const cut = opts.cutAfter;
      opts.cutAfter = undefined;
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls += 1;
          if (pulls === 1) controller.enqueue(cut === undefined ? rest : rest.slice(0, cut));
          else if (cut === undefined) controller.close();
          else controller.error(new TypeError('network error'));
        },
      });
      return new Response(body, { status: from > 0 ? 206 : 200 });
    },
    upload: async () => {},
  };
  return { https, asked };
}
