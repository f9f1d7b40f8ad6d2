import type { AppConfig } from '@/config/schema';
import { createGlobusHttp, type GlobusHttpDeps, type RequestOptions } from '@/lib/globus/http';
import { toColumns, type EntryColumns } from '@/lib/globus/listing/entry-columns';
import { receivedError, sendError, type SentError } from '@/lib/globus/listing/error-transport';
import { readListing } from '@/lib/globus/listing/listing-stream';
import { compareNamesFor, nameOrderBuilder, type CompareNames } from '@/lib/globus/listing/name-order';
import { fileListSchema, type FileList } from '@/lib/globus/schemas/file-list';

// The listing worker's code, apart from the worker itself so tests can run it in-process. It makes the
// call with request() from http.ts, the one module that fetches from Globus, so the worker's calls carry
// the same headers and get the same retries, token refresh and errors as the page's. It runs here because
// in Chromium the page's own thread reads a response's body: for a 27 MB listing that read alone, then
// JSON.parse and the checks, froze the page for most of a second.

/** A listing call as the page sends it: request() options without the schema (always the listing's). */
export type ListingCall = Pick<RequestOptions, 'service' | 'path' | 'query'>;

export type ToWorker =
  /** `locale`: the page's collator's, so names are ordered here as the page orders them. */
  | { type: 'init'; config: AppConfig; locale: string }
  | { type: 'list'; id: number; call: ListingCall }
  | { type: 'cancel'; id: number }
  | { type: 'token'; id: number; token: string | null }
  | { type: 'token-failed'; id: number; error: SentError };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'token'; id: number; resourceServer: string; forceRefresh: boolean }
  /** The next entries of a listing still arriving. */
  | { type: 'entries'; id: number; columns: EntryColumns }
  /** The end of a listing: its last entries; `restart` drops those sent before (it was read whole after all). */
  | {
      type: 'listed';
      id: number;
      head: Omit<FileList, 'DATA'>;
      columns: EntryColumns;
      restart: boolean;
      /** All the listing's entries in name order (name-order.ts), worked out while it arrived. */
      byName: Uint32Array;
    }
  | { type: 'failed'; id: number; error: SentError };

type Post = (message: FromWorker, transfer?: ArrayBuffer[]) => void;

/** The worker's message handler; `deps` stand in for fetch and timers in tests. */
export function listingWorker(post: Post, deps: GlobusHttpDeps = {}) {
  let http: ReturnType<typeof createGlobusHttp> | undefined;
  let compareNames: CompareNames = compareNamesFor();
  const calls = new Map<number, AbortController>();
  // Tokens stay with the page (IndexedDB, refresh): the worker asks for one per call, as request() needs it.
  const tokenWaits = new Map<number, { resolve: (token: string | null) => void; reject: (err: unknown) => void }>();
  let nextTokenId = 0;
  const tokens = {
    getAccessToken: (resourceServer: string, opts?: { forceRefresh?: boolean }) =>
      new Promise<string | null>((resolve, reject) => {
        const id = ++nextTokenId;
        tokenWaits.set(id, { resolve, reject });
        post({ type: 'token', id, resourceServer, forceRefresh: opts?.forceRefresh ?? false });
      }),
  };

  async function list(id: number, call: ListingCall, signal: AbortSignal) {
    try {
      let restart = false;
      let names = nameOrderBuilder(compareNames);
      const sink = {
        entries: (batch: FileList['DATA']) => {
          const { columns, transfer } = toColumns(batch);
          post({ type: 'entries', id, columns }, transfer);
          names.add(batch);
        },
        restart: () => {
          restart = true;
          names = nameOrderBuilder(compareNames);
        },
      };
      const readOk = (response: Response, check: (body: unknown) => unknown) =>
        readListing(response, check as (body: unknown) => FileList, sink);
      const { DATA, ...head } = await http!.request({ ...call, schema: fileListSchema, signal, readOk });
      const { columns, transfer } = toColumns(DATA);
      names.add(DATA);
      const byName = names.finish();
      post({ type: 'listed', id, head, columns, restart, byName }, [...transfer, byName.buffer as ArrayBuffer]);
    } catch (err) {
      post({ type: 'failed', id, error: sendError(err) });
    } finally {
      calls.delete(id);
    }
  }

  return (message: ToWorker) => {
    switch (message.type) {
      case 'init':
        http = createGlobusHttp(message.config, tokens, deps);
        compareNames = compareNamesFor(message.locale);
        post({ type: 'ready' });
        return;
      case 'list': {
        const controller = new AbortController();
        calls.set(message.id, controller);
        void list(message.id, message.call, controller.signal);
        return;
      }
      case 'cancel':
        calls.get(message.id)?.abort();
        return;
      case 'token':
        tokenWaits.get(message.id)?.resolve(message.token);
        tokenWaits.delete(message.id);
        return;
      case 'token-failed':
        tokenWaits.get(message.id)?.reject(receivedError(message.error));
        tokenWaits.delete(message.id);
    }
  };
}
