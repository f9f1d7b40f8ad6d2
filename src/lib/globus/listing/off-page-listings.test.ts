import { describe, expect, it, vi } from 'vitest';
import { testConfig } from '@/lib/auth/auth-test-kit';
import { GlobusError } from '@/lib/globus/errors';
import { createGlobusHttp } from '@/lib/globus/http';
import { listingWorker, type FromWorker, type ToWorker } from '@/lib/globus/listing/listing-worker-core';
import { compareNamesFor, knownNameOrder, nameOrder } from '@/lib/globus/listing/name-order';
import { withOffPageListings, type ListingWorkerPort } from '@/lib/globus/listing/off-page-listings';
import { UnexpectedResponseError } from '@/lib/globus/response';
import { listDirectory } from '@/lib/globus/transfer';

type Reply = { status: number; body: unknown };

const entry = (name: string, more: Record<string, unknown> = {}) => ({
  DATA_TYPE: 'file',
  name,
  type: 'file',
  size: 12,
  last_modified: '2023-11-14 22:13:20+00:00',
  permissions: '0644',
  user: 'alice',
  group: 'staff',
  link_target: null,
  link_size: null,
  link_user: null,
  link_group: null,
  link_last_modified: null,
  ...more,
});

const listing = (DATA: unknown[]) => ({
  DATA_TYPE: 'file_list',
  endpoint: 'c1',
  path: '/share/',
  absolute_path: null,
  length: DATA.length,
  total: DATA.length,
  future_field: { kept: true },
  DATA,
});

const withoutLinkFields = (() => {
  const e: Record<string, unknown> = entry('no-link-fields');
  delete e.link_user;
  delete e.link_size;
  return e;
})();

const varied = listing([
  entry('b.txt'),
  entry('Ärger 🙂.txt', { size: 2 ** 40 }),
  entry('dir', { type: 'dir', size: 4096, user: null, group: null, permissions: null, last_modified: null }),
  entry('link', {
    type: 'file',
    link_target: '/x',
    link_size: 7,
    link_user: 'bob',
    link_group: 'bob',
    link_last_modified: '2020-01-01 00:00:00+00:00',
  }),
  entry('with-new-field', { brand_new: [1, 'two'] }),
  withoutLinkFields,
  entry(''),
]);

/** A body that arrives as the network gives it: in pieces, some cutting a character's bytes in two. */
function inPieces(text: string, size = 4001): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });
}

/** Both halves of the worker in one thread, messages copied as postMessage copies them. */
function inProcessWorker(fetchImpl: typeof fetch) {
  let ready = false;
  /** The kinds of the worker's messages to the page. */
  const sent: FromWorker['type'][] = [];
  const spawn = (): ListingWorkerPort => {
    const port: ListingWorkerPort = {
      onmessage: null,
      onerror: null,
      terminate: () => {},
      postMessage: (message: ToWorker) => {
        const copy = structuredClone(message);
        setTimeout(() => handle(copy), 0);
      },
    };
    const handle = listingWorker(
      (message: FromWorker, transfer) => {
        sent.push(message.type);
        const copy = structuredClone(message, { transfer: transfer ?? [] });
        setTimeout(() => {
          port.onmessage?.({ data: copy } as MessageEvent<FromWorker>);
          if (copy.type === 'ready') ready = true;
        }, 0);
      },
      { fetch: fetchImpl, sleep: async () => {}, random: () => 0.5 },
    );
    return port;
  };
  return { spawn, isReady: () => ready, sent };
}

/** The same scripted Globus for a page-only client and for one that lists in the (in-process) worker. */
function clients(script: () => Reply[], refreshed = 'token-2') {
  const make = () => {
    const replies = script();
    const auths: (string | null)[] = [];
    const fetchImpl: typeof fetch = async (_input, init) => {
      auths.push(new Headers(init?.headers).get('Authorization'));
      const reply = replies.shift();
      if (!reply) throw new Error('no more scripted replies');
      const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      return new Response(inPieces(text), { status: reply.status });
    };
    let token = 'token-1';
    const tokens = {
      getAccessToken: async (_rs: string, o?: { forceRefresh?: boolean }) =>
        o?.forceRefresh ? (token = refreshed) : token,
    };
    return { fetchImpl, tokens, auths };
  };
  const page = make();
  const pageHttp = createGlobusHttp(testConfig(), page.tokens, { fetch: page.fetchImpl, sleep: async () => {} });
  const off = make();
  const spawned: ListingWorkerPort[] = [];
  /** The paths the worker was asked to list. */
  const inWorker: string[] = [];
  const { spawn, isReady, sent } = inProcessWorker(off.fetchImpl);
  const offHttp = withOffPageListings(
    createGlobusHttp(testConfig(), off.tokens, { fetch: off.fetchImpl, sleep: async () => {} }),
    testConfig(),
    off.tokens,
    () => {
      const port = spawn();
      spawned.push(port);
      const post = port.postMessage.bind(port);
      port.postMessage = (m) => {
        if (m.type === 'list') inWorker.push(String(m.call.query?.path));
        post(m);
      };
      return port;
    },
  );
  return { pageHttp, offHttp, spawned, inWorker, off, workerUp: isReady, sent };
}

/**
 * A first listing, then /share/. With the worker, the first is made on the page (and starts the worker) and
 * /share/ in the worker, once it is up; the page-only client makes both on the page.
 */
async function warmThenList(http: ReturnType<typeof clients>['offHttp'], workerUp = () => true) {
  await listDirectory(http, 'c1', { path: '/warm-up/' });
  await vi.waitFor(() => expect(workerUp()).toBe(true));
  return listDirectory(http, 'c1', { path: '/share/' });
}

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
}

describe('listings made in the worker', () => {
  it('give the same listing as the page: every field, absent optional fields, unknown fields kept', async () => {
    const { pageHttp, offHttp, spawned, inWorker, workerUp } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 200, body: varied },
    ]);
    const fromPage = await warmThenList(pageHttp);
    const fromWorker = await warmThenList(offHttp, workerUp);
    expect(spawned).toHaveLength(1);
    expect(inWorker).toEqual(['/share/']);
    expect(fromWorker).toEqual(fromPage);
    expect(fromWorker.DATA).toEqual(varied.DATA);
    expect('link_size' in fromWorker.DATA[5]!).toBe(false);
  });

  it('come in parts while a big listing downloads, and make the same listing as the page', async () => {
    // Out of name order, as many servers send them: the order comes with the listing all the same.
    const big = listing(
      Array.from({ length: 9_000 }, (_, i) => (i % 500 ? entry(`f${(i * 7919) % 9_000}`) : varied.DATA[i % 7]!)),
    );
    const { pageHttp, offHttp, workerUp, sent } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 200, body: big },
    ]);
    const fromPage = await warmThenList(pageHttp);
    const fromWorker = await warmThenList(offHttp, workerUp);
    expect(sent.filter((t) => t === 'entries').length).toBeGreaterThan(1);
    expect(fromWorker).toEqual(fromPage);
    expect(fromWorker.DATA).toEqual(big.DATA);
    const names = fromWorker.DATA.map((e) => e.name);
    expect(knownNameOrder(fromWorker.DATA)).toEqual(Uint32Array.from(nameOrder(names, compareNamesFor()).order));
  });

  it('drop the parts sent when the listing must be read whole after all, as JSON.parse reads it', async () => {
    // A key given twice: the last one counts.
    const first = JSON.stringify(listing(Array.from({ length: 9_000 }, (_, i) => entry(`f${i}`))));
    const twice = `${first.slice(0, -1)},"DATA":[${JSON.stringify(entry('last'))}]}`;
    const { pageHttp, offHttp, workerUp, sent } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 200, body: twice },
    ]);
    const fromPage = await warmThenList(pageHttp);
    const fromWorker = await warmThenList(offHttp, workerUp);
    expect(sent).toContain('entries');
    expect(fromWorker.DATA.map((e) => e.name)).toEqual(['last']);
    expect(fromWorker).toEqual(fromPage);
  });

  it('fail as the page does when an entry after the first parts is malformed', async () => {
    const DATA = Array.from({ length: 9_000 }, (_, i) => entry(`f${i}`, i === 8_500 ? { type: 'folder' } : {}));
    const { pageHttp, offHttp, workerUp, sent } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 200, body: listing(DATA) },
    ]);
    const fromPage = await failure(warmThenList(pageHttp));
    const fromWorker = await failure(warmThenList(offHttp, workerUp));
    expect(sent).toContain('entries');
    expect(fromWorker).toBeInstanceOf(UnexpectedResponseError);
    expect(fromWorker).toEqual(fromPage);
    expect((fromWorker as UnexpectedResponseError).problem).toMatch(/^DATA\[8500\]\.type/);
  });

  it('fail as the page does on a malformed listing, naming the same field', async () => {
    const bad = listing([entry('a'), entry('b', { size: '12' })]);
    const { pageHttp, offHttp, inWorker, workerUp } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 200, body: bad },
    ]);
    const fromPage = await failure(warmThenList(pageHttp));
    const fromWorker = await failure(warmThenList(offHttp, workerUp));
    expect(inWorker).toEqual(['/share/']);
    expect(fromWorker).toBeInstanceOf(UnexpectedResponseError);
    expect(fromWorker).toEqual(fromPage);
    expect((fromWorker as UnexpectedResponseError).problem).toBe('DATA[1].size is "12", expected number');
    expect((fromWorker as Error).message).toBe((fromPage as Error).message);
  });

  it('fail as the page does on a Globus error, after the same retries', async () => {
    const notFound = { code: 'ClientError.NotFound', message: 'Directory not found', request_id: 'r1' };
    const { pageHttp, offHttp, off, inWorker, workerUp } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 503, body: { code: 'ServiceUnavailable', message: 'busy' } },
      { status: 404, body: notFound },
    ]);
    const fromPage = await failure(warmThenList(pageHttp));
    const fromWorker = await failure(warmThenList(offHttp, workerUp));
    expect(inWorker).toEqual(['/share/']);
    expect(fromWorker).toBeInstanceOf(GlobusError);
    expect(fromWorker).toEqual(fromPage);
    expect(fromWorker).toMatchObject({ code: 'ClientError.NotFound', status: 404, requestId: 'r1' });
    expect(off.auths).toHaveLength(3);
  });

  it('refresh an expired token through the page, as the page would', async () => {
    const expired = { code: 'AuthenticationFailed', message: 'Token expired' };
    const { offHttp, off, inWorker, workerUp } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 401, body: expired },
      { status: 200, body: varied },
    ]);
    const listed = await warmThenList(offHttp, workerUp);
    expect(listed.DATA).toHaveLength(varied.DATA.length);
    expect(inWorker).toEqual(['/share/']);
    expect(off.auths).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
  });

  it('are made in the worker as soon as the first listing is in, waiting for it to start', async () => {
    const { offHttp, spawned, inWorker } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 200, body: varied },
    ]);
    await listDirectory(offHttp, 'c1', { path: '/warm-up/' });
    // Asked before the worker is up (a user opening a big folder right after the first one shows).
    const listed = await listDirectory(offHttp, 'c1', { path: '/share/' });
    expect(spawned).toHaveLength(1);
    expect(inWorker).toEqual(['/share/']);
    expect(listed.DATA).toEqual(varied.DATA);
  });

  it('fall back to the page when the worker cannot start', async () => {
    const { offHttp, off } = clients(() => [
      { status: 200, body: listing([]) },
      { status: 200, body: varied },
    ]);
    const offline = withOffPageListings(offHttp, testConfig(), off.tokens, () => null);
    await listDirectory(offline, 'c1', { path: '/a/' });
    expect((await listDirectory(offline, 'c1', { path: '/share/' })).DATA).toEqual(varied.DATA);
  });
});
