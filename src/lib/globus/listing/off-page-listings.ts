import type { AppConfig } from '@/config/schema';
import type { AuthClient } from '@/lib/auth/auth-client';
import type { GlobusHttp, RequestOptions } from '@/lib/globus/http';
import { fromColumns } from '@/lib/globus/listing/entry-columns';
import type { FileEntry } from '@/lib/globus/schemas/file-list';
import { receivedError, sendError } from '@/lib/globus/listing/error-transport';
import { rememberNameOrder } from '@/lib/globus/listing/name-order';
import type { FromWorker, ToWorker } from '@/lib/globus/listing/listing-worker-core';
import type { ResponseSchema } from '@/lib/globus/response';

// Directory listings (requests marked `offPage`) are made in a worker once it is up: a 100,000-entry
// folder is a 27 MB answer, and reading, parsing and checking it on the page froze the page for most of a
// second. The first listings (those asked before the first answer is in) are made on the page, so the
// first folders shown never wait for the worker; the worker starts when the page is next idle, or at once
// when another listing is asked first, which then waits for it (tens of milliseconds) rather than freezing
// the page. After a failure to start, listings are made on the page as before.

/** The part of a Worker this uses, so tests can run the worker's code in-process. */
export type ListingWorkerPort = {
  postMessage(message: ToWorker): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
};

const spawnWorker = (): ListingWorkerPort | null => {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./listing-worker.ts', import.meta.url), { type: 'module', name: 'listings' });
  } catch {
    return null;
  }
};

const whenIdle = (run: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 0);

type Pending = {
  opts: RequestOptions;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  /** The entries received so far, turned into objects as they come. */
  entries: FileEntry[];
};

export function withOffPageListings(
  http: GlobusHttp,
  config: AppConfig,
  tokens: Pick<AuthClient, 'getAccessToken'>,
  spawn: () => ListingWorkerPort | null = spawnWorker,
): GlobusHttp {
  let worker: ListingWorkerPort | null = null;
  /** 'first': the first listing is on its way (others go on the page too); 'starting': later ones wait. */
  let state: 'idle' | 'first' | 'starting' | 'ready' | 'failed' = 'idle';
  let settle: () => void = () => {};
  const started = new Promise<void>((resolve) => (settle = resolve));
  const pending = new Map<number, Pending>();
  let nextId = 0;

  function start() {
    if (worker || state !== 'starting') return;
    worker = spawn();
    if (!worker) {
      state = 'failed';
      settle();
      return;
    }
    worker.onmessage = ({ data }) => void onMessage(data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      fail();
    };
    const { locale } = new Intl.Collator().resolvedOptions();
    worker.postMessage({ type: 'init', config, locale });
  }

  /** The worker could not load or broke: its calls are made again on the page (listings are safe to repeat). */
  function fail() {
    state = 'failed';
    settle();
    worker?.terminate();
    worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      http.request(p.opts).then(p.resolve, p.reject);
    }
  }

  async function onMessage(message: FromWorker) {
    switch (message.type) {
      case 'ready':
        state = 'ready';
        settle();
        return;
      case 'token':
        try {
          const token = await tokens.getAccessToken(message.resourceServer, { forceRefresh: message.forceRefresh });
          worker?.postMessage({ type: 'token', id: message.id, token });
        } catch (err) {
          worker?.postMessage({ type: 'token-failed', id: message.id, error: sendError(err) });
        }
        return;
      case 'entries': {
        // While the rest downloads, a few thousand entries at a time: each message is a short task.
        const p = pending.get(message.id);
        if (p) void fromColumns(message.columns, p.entries);
        return;
      }
      case 'listed': {
        const p = pending.get(message.id);
        pending.delete(message.id);
        if (!p) return;
        const { head, columns, restart, byName } = message;
        const DATA = await fromColumns(columns, restart ? [] : p.entries);
        rememberNameOrder(DATA, byName);
        p.resolve({ ...head, DATA });
        return;
      }
      case 'failed': {
        const p = pending.get(message.id);
        pending.delete(message.id);
        p?.reject(receivedError(message.error));
      }
    }
  }

  function request<S extends ResponseSchema>(opts: RequestOptions<S>): Promise<unknown> {
    if (opts.offPage && state === 'starting') {
      start();
      return started.then(() => request(opts));
    }
    if (!opts.offPage || state !== 'ready' || !worker) {
      const answer = http.request(opts);
      if (opts.offPage && state === 'idle') {
        // After the first listing, once the page is idle (its rows are shown): loading the worker's code
        // then never competes with the first folder for the processor.
        state = 'first';
        const later = () => {
          state = 'starting';
          whenIdle(start);
        };
        answer.then(later, later);
      }
      return answer;
    }
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(signal.reason as Error);
    const id = ++nextId;
    const port = worker;
    return new Promise((resolve, reject) => {
      pending.set(id, { opts, resolve, reject, entries: [] });
      signal?.addEventListener(
        'abort',
        () => {
          if (!pending.delete(id)) return;
          port.postMessage({ type: 'cancel', id });
          reject(signal.reason as Error);
        },
        { once: true },
      );
      port.postMessage({ type: 'list', id, call: { service: opts.service, path: opts.path, query: opts.query } });
    });
  }

  return { request };
}
