// A copy transport the test drives by hand: every folder or file operation waits until the test settles it.
import type { CopyItem, CopyJob } from '@/features/local-copy/model/copy-job';
import type { CopyResult, CopyTransport } from '@/features/local-copy/model/copy-ports';

export type PendingCall = {
  rel: string;
  resume: boolean;
  kind: 'dir' | 'file';
  signal: AbortSignal;
  progress: (done: number) => void;
  /** Settles the call; an upload's file is then on the collection with its full size (see `remote`). */
  resolve: () => void;
  reject: (err: Error) => void;
};

export function fakeTransport(opts: { granted?: boolean } = {}) {
  const calls: PendingCall[] = [];
  const removed: string[] = [];
  /** Files on the collection after uploads, by job-relative path, with their sizes: a test may change them. */
  const remote = new Map<string, number>();
  /** The folders listed to check uploads, in order. */
  const listings: string[] = [];
  let granted = opts.granted ?? true;
  const pending = () => calls.filter((c) => !settled.has(c));
  const settled = new Set<PendingCall>();
  const call = (
    item: CopyItem,
    signal: AbortSignal,
    progress: (done: number) => void,
    resume = false,
    result: () => CopyResult = () => undefined,
  ) =>
    new Promise<CopyResult>((resolve, reject) => {
      const c: PendingCall = {
        rel: item.rel,
        resume,
        kind: item.kind,
        signal,
        progress,
        resolve: () => (settled.add(c), resolve(result())),
        reject: (err) => (settled.add(c), reject(err)),
      };
      // An abort rejects as the real operations do (fetch, XHR): with an AbortError.
      signal.addEventListener('abort', () => c.reject(new DOMException('Aborted', 'AbortError')), { once: true });
      calls.push(c);
    });
  const transport: CopyTransport = {
    access: (_job: CopyJob, ask: boolean) => {
      if (ask) granted = true;
      return Promise.resolve(granted);
    },
    makeFolder: async (_job, item, signal) => void (await call(item, signal, () => {})),
    copyFile: (job, item, { signal, onProgress, resume }) =>
      call(item, signal, onProgress, resume, () => {
        if (job.direction === 'down') return undefined;
        if (!remote.has(item.rel)) remote.set(item.rel, item.size);
        return { checkSize: item.size };
      }),
    remoteSizes: (_job, rel, signal) => {
      signal.throwIfAborted();
      listings.push(rel);
      const prefix = rel ? `${rel}/` : '';
      const inFolder = [...remote].filter(
        ([path]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'),
      );
      return Promise.resolve(new Map(inFolder.map(([path, size]) => [path.slice(prefix.length), size])));
    },
    removePartial: (_job, item) => {
      removed.push(item.rel);
      return Promise.resolve(true);
    },
  };
  return {
    transport,
    calls,
    removed,
    remote,
    listings,
    pending,
    /** The running call for `rel` (the latest one). */
    running: (rel: string) => pending().findLast((c) => c.rel === rel),
    revoke: () => (granted = false),
  };
}

/** A fake of the picked folder: the queue only passes it to the transport. */
export const fakeFolder = () => ({ kind: 'directory', name: 'Lab PC' }) as unknown as FileSystemDirectoryHandle;

let n = 0;
export function makeJob(files: Array<[rel: string, size: number]>, over: Partial<CopyJob> = {}): CopyJob {
  const folders = new Set<string>();
  for (const [rel] of files) {
    const parts = rel.split('/').slice(0, -1);
    parts.forEach((_, i) => folders.add(parts.slice(0, i + 1).join('/')));
  }
  return {
    id: `job-${++n}`,
    direction: 'down',
    localRootId: 'local:k1',
    localRootName: 'Lab PC',
    localHandle: fakeFolder(),
    localPath: '/',
    collectionId: 'c-1',
    collectionName: 'Lab Storage',
    httpsServer: 'https://g-1.data.example.org',
    collectionPath: '/data/',
    skipExisting: true,
    stopOnError: false,
    skipped: 0,
    state: 'running',
    createdAt: n,
    items: [
      ...[...folders].map((rel) => ({ rel, kind: 'dir' as const, size: 0, status: 'queued' as const, done: 0 })),
      ...files.map(([rel, size]) => ({ rel, kind: 'file' as const, size, status: 'queued' as const, done: 0 })),
    ],
    ...over,
  };
}

/** An in-memory JobStore that clones on save, as IndexedDB would (the handle kept as is). */
export function memoryJobStore() {
  const saved = new Map<string, CopyJob>();
  const clone = (job: CopyJob): CopyJob => ({
    ...structuredClone({ ...job, localHandle: null }),
    localHandle: job.localHandle,
  });
  return {
    saved,
    load: () => Promise.resolve([...saved.values()].map(clone)),
    save: (job: CopyJob) => Promise.resolve(void saved.set(job.id, clone(job))),
    remove: (id: string) => Promise.resolve(void saved.delete(id)),
    clear: () => Promise.resolve(saved.clear()),
  };
}
