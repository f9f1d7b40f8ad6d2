import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { testConfig, urlOf } from '@/lib/auth/auth-test-kit';
import { GlobusError, NetworkError } from '@/lib/globus/errors';
import { buildQuery, createGlobusHttp } from '@/lib/globus/http';

type Reply = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

type Envelope = { status: number; response_body: unknown };
const fixtures = import.meta.glob<Envelope>('/test/fixtures/globus-api/*.json', { eager: true, import: 'default' });
const fixture = (name: string): Reply => {
  const env = fixtures[`/test/fixtures/globus-api/${name}.json`];
  if (!env) throw new Error(`missing fixture ${name}`);
  return { status: env.status, body: env.response_body };
};

/** A scripted Globus: answers requests in order and records what it saw. */
function harness(replies: Reply[], opts: { refreshTo?: (string | null)[] } = {}) {
  const seen: { url: string; method: string; auth: string | null; headers: Headers; body: string | undefined }[] = [];
  const sleeps: number[] = [];
  const refreshQueue = [...(opts.refreshTo ?? [])];
  let current = 'token-1';
  const tokens = {
    getAccessToken: async (_rs: string, o?: { forceRefresh?: boolean }) => {
      if (o?.forceRefresh) {
        const next = refreshQueue.shift();
        if (next === undefined || next === null) return null;
        current = next;
      }
      return current;
    },
  };
  const fetchImpl: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    seen.push({
      url: urlOf(input),
      method: init?.method ?? 'GET',
      auth: headers.get('Authorization'),
      headers,
      body: typeof init?.body === 'string' ? init.body : undefined,
    });
    const reply = replies.shift();
    if (!reply) throw new Error('no more scripted replies');
    if (reply instanceof Error) throw reply;
    return new Response(reply.body === undefined ? null : JSON.stringify(reply.body), {
      status: reply.status,
      headers: { 'Content-Type': 'application/json', ...reply.headers },
    });
  };
  const http = createGlobusHttp(testConfig(), tokens, {
    fetch: fetchImpl,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  });
  return { http, seen, sleeps };
}

// These tests are about the transport, so any answer is accepted; schemas have their own tests.
const anyBody = v.unknown();
const ls = { service: 'transfer' as const, path: 'operation/endpoint/c1/ls', query: { path: '/~/' }, schema: anyBody };

describe('request basics', () => {
  it('builds the URL, sends the token and client info, parses JSON', async () => {
    const h = harness([{ status: 200, body: { DATA_TYPE: 'file_list', DATA: [] } }]);
    const result = await h.http.request({
      service: 'transfer',
      path: 'operation/endpoint/c1/ls',
      schema: v.looseObject({ DATA_TYPE: v.string() }),
      query: {
        path: '/a b/#c?d%',
        show_hidden: false,
        limit: 10,
        filter: ['name:~*.txt', 'type:dir'],
        offset: undefined,
      },
    });
    expect(result.DATA_TYPE).toBe('file_list');
    const url = new URL(h.seen[0]!.url);
    expect(`${url.origin}${url.pathname}`).toBe('https://transfer.api.globus.org/v0.10/operation/endpoint/c1/ls');
    expect(url.searchParams.get('path')).toBe('/a b/#c?d%');
    expect(url.searchParams.get('show_hidden')).toBe('false');
    expect(url.searchParams.getAll('filter')).toEqual(['name:~*.txt', 'type:dir']);
    expect(url.searchParams.has('offset')).toBe(false);
    expect(h.seen[0]!.auth).toBe('Bearer token-1');
    expect(h.seen[0]!.headers.get('X-Globus-Client-Info')).toMatch(/^product=[^,]+,version=\d+\.\d+\.\d+$/);
  });

  it('sends JSON bodies and picks each service base', async () => {
    const h = harness([
      { status: 200, body: {} },
      { status: 200, body: [] },
      { status: 200, body: { identities: [] } },
    ]);
    await h.http.request({
      service: 'transfer',
      method: 'POST',
      path: 'operation/endpoint/c1/mkdir',
      body: { path: '/x/' },
      schema: anyBody,
    });
    await h.http.request({ service: 'groups', path: 'groups/my_groups', schema: anyBody });
    await h.http.request({ service: 'auth', path: 'v2/api/identities', query: { ids: 'a,b' }, schema: anyBody });
    expect(h.seen[0]!.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(h.seen[0]!.body!)).toEqual({ path: '/x/' });
    expect(h.seen[1]!.url).toBe('https://groups.api.globus.org/v2/groups/my_groups');
    expect(h.seen[2]!.url).toBe('https://auth.globus.org/v2/api/identities?ids=a%2Cb');
  });

  it('fails with loginRequired and no request when there is no token', async () => {
    const http = createGlobusHttp(
      testConfig(),
      { getAccessToken: async () => null },
      {
        fetch: async () => {
          throw new Error('must not be called');
        },
      },
    );
    await expect(http.request(ls)).rejects.toMatchObject({ loginRequired: true });
  });

  it('encodes query values', () => {
    expect(buildQuery({ a: true, b: ['x', 'y'], c: 0, d: undefined })).toBe('?a=true&b=x&b=y&c=0');
    expect(buildQuery({})).toBe('');
  });
});

describe('retry rules', () => {
  it('honours Retry-After on 429, then succeeds', async () => {
    const h = harness([
      { status: 429, body: { code: 'RequestLimitExceeded', message: 'slow down' }, headers: { 'Retry-After': '7' } },
      { status: 200, body: { ok: 1 } },
    ]);
    expect(await h.http.request(ls)).toEqual({ ok: 1 });
    expect(h.sleeps).toEqual([7000]);
  });

  it('gives up on a lasting 429 with the Retry-After on the error, for the caller to wait', async () => {
    const limited = {
      status: 429,
      body: { code: 'RateLimited', message: 'slow down' },
      headers: { 'Retry-After': '30' },
    };
    const h = harness(Array.from({ length: 6 }, () => limited));
    const err = (await h.http.request(ls).catch((e: unknown) => e)) as GlobusError;
    expect(err).toBeInstanceOf(GlobusError);
    expect(err.retryAfterSeconds).toBe(30);
    expect(h.sleeps).toEqual([30_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it('does not retry a 502 ExternalError', async () => {
    const h = harness([fixture('transfer.error.gc_disconnected'), { status: 200, body: {} }]);
    const err = await h.http.request(ls).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GlobusError);
    expect((err as GlobusError).code).toBe('ExternalError.DirListingFailed.GCDisconnected');
    expect(h.seen).toHaveLength(1);
    expect(h.sleeps).toEqual([]);
  });

  it('does not retry a 502 EndpointError', async () => {
    const h = harness([{ status: 502, body: { code: 'EndpointError', message: 'x', request_id: 'r' } }]);
    await expect(h.http.request(ls)).rejects.toMatchObject({ code: 'EndpointError' });
    expect(h.seen).toHaveLength(1);
  });

  it('retries 503 with exponential backoff, then succeeds', async () => {
    const unavailable = { status: 503, body: { code: 'ServiceUnavailable', message: 'maintenance' } };
    const h = harness([unavailable, unavailable, unavailable, { status: 200, body: { ok: 2 } }]);
    expect(await h.http.request(ls)).toEqual({ ok: 2 });
    // random() = 0.5 → 0.5 s × 2^attempt
    expect(h.sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives up after five retries', async () => {
    const bad = { status: 500, body: { code: 'InternalError', message: 'oops', request_id: 'q' } };
    const h = harness([bad, bad, bad, bad, bad, bad, bad]);
    await expect(h.http.request(ls)).rejects.toMatchObject({ status: 500, requestId: 'q' });
    expect(h.seen).toHaveLength(6);
    expect(h.sleeps).toHaveLength(5);
  });

  it('on 401 refreshes once and retries with the new token', async () => {
    const h = harness([fixture('transfer.error.authentication_failed'), { status: 200, body: { ok: 3 } }], {
      refreshTo: ['token-2'],
    });
    expect(await h.http.request(ls)).toEqual({ ok: 3 });
    expect(h.seen.map((s) => s.auth)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('on a second 401 reports loginRequired', async () => {
    const h = harness(
      [fixture('transfer.error.authentication_failed'), fixture('transfer.error.authentication_failed')],
      { refreshTo: ['token-2', 'token-3'] },
    );
    const err = (await h.http.request(ls).catch((e: unknown) => e)) as GlobusError;
    expect(err).toBeInstanceOf(GlobusError);
    expect(err.status).toBe(401);
    expect(err.loginRequired).toBe(true);
    expect(h.seen).toHaveLength(2);
  });

  it('reports loginRequired when the refresh is impossible', async () => {
    const h = harness([fixture('auth.error.unauthorized')], { refreshTo: [null] });
    const err = (await h.http
      .request({ service: 'auth', path: 'v2/api/identities', schema: anyBody })
      .catch((e: unknown) => e)) as GlobusError;
    expect(err.loginRequired).toBe(true);
    expect(err.code).toBe('UNAUTHORIZED');
  });

  it('does not refresh or retry a 401 that carries authorization requirements', async () => {
    const h = harness(
      [
        {
          status: 401,
          body: {
            code: 'AuthorizationRequired',
            detail: 'x',
            authorization_parameters: { session_required_mfa: true },
          },
        },
      ],
      { refreshTo: ['token-2'] },
    );
    const err = (await h.http
      .request({ service: 'groups', path: 'groups/my_groups', schema: anyBody })
      .catch((e: unknown) => e)) as GlobusError;
    expect(err.authorizationParameters).toEqual({ session_required_mfa: true });
    expect(err.loginRequired).toBe(false);
    expect(h.seen).toHaveLength(1);
  });

  it('does not retry ConsentRequired', async () => {
    const h = harness([fixture('transfer.error.consent_required'), { status: 200, body: {} }]);
    const err = (await h.http.request(ls).catch((e: unknown) => e)) as GlobusError;
    expect(err.code).toBe('ConsentRequired');
    expect(err.requiredScopes?.[0]).toContain('data_access');
    expect(h.seen).toHaveLength(1);
  });

  it('retries a GET after a network failure but not a POST', async () => {
    const h = harness([new TypeError('Failed to fetch'), { status: 200, body: { ok: 4 } }]);
    expect(await h.http.request(ls)).toEqual({ ok: 4 });
    const p = harness([new TypeError('Failed to fetch'), { status: 200, body: {} }]);
    const err = await p.http
      .request({ service: 'transfer', method: 'POST', path: 'transfer', body: {}, schema: anyBody })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect(p.seen).toHaveLength(1);
  });

  it('does not retry while the browser says it is offline', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const h = harness([new TypeError('Failed to fetch'), { status: 200, body: {} }]);
      await expect(h.http.request(ls)).rejects.toBeInstanceOf(NetworkError);
      expect(h.seen).toHaveLength(1);
      expect(h.sleeps).toEqual([]);
    } finally {
      onLine.mockRestore();
    }
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const h = harness([{ status: 200, body: {} }]);
    await expect(h.http.request({ ...ls, signal: controller.signal })).rejects.toBeDefined();
    expect(h.seen).toHaveLength(0);
  });
});
