import { describe, expect, it } from 'vitest';
import { urlOf } from '@/lib/auth/auth-test-kit';
import { collectionFileUrl, createCollectionHttps, type CollectionHttpsError } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { eventually } from '@/test/eventually';

const C = '00000000-0000-0000-0000-0000000000c1';
const SERVER = 'https://a4969.36fe.dn.glob.us';

describe('collection HTTPS', () => {
  it('encodes each path segment', () => {
    expect(collectionFileUrl(`${SERVER}/`, '/data/my file #1 ?%.txt')).toBe(
      `${SERVER}/data/my%20file%20%231%20%3F%25.txt`,
    );
    expect(collectionFileUrl(SERVER, '/a/b/')).toBe(`${SERVER}/a/b/`);
  });

  it('downloads with the collection-scoped token', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const https = createCollectionHttps(
      { getAccessToken: async (rs) => (rs === C ? 'collection-token' : null) },
      {
        fetch: async (input, init) => {
          seen.push({ url: urlOf(input), auth: new Headers(init?.headers).get('Authorization') });
          return new Response('hello');
        },
      },
    );
    const res = await https.download({ collectionId: C, httpsServer: SERVER, path: '/x.txt' });
    expect(await res.text()).toBe('hello');
    expect(seen).toEqual([{ url: `${SERVER}/x.txt`, auth: 'Bearer collection-token' }]);
  });

  it('asks for the https scope when there is no token or the server refuses it', async () => {
    const none = createCollectionHttps({ getAccessToken: async () => null }, { fetch: async () => new Response('') });
    const err = (await none
      .download({ collectionId: C, httpsServer: SERVER, path: '/x' })
      .catch((e) => e)) as CollectionHttpsError;
    expect(err.needsConsent).toBe(true);
    expect(err.requiredScopes).toEqual([`https://auth.globus.org/scopes/${C}/https`]);

    const refused = createCollectionHttps(
      { getAccessToken: async () => 't' },
      { fetch: async () => new Response('', { status: 403 }) },
    );
    await expect(refused.download({ collectionId: C, httpsServer: SERVER, path: '/x' })).rejects.toMatchObject({
      status: 403,
      needsConsent: true,
    });
  });

  it('reports a CORS or network refusal of a download as NetworkError (callers fall back to navigation)', async () => {
    const https = createCollectionHttps(
      { getAccessToken: async () => 't' },
      {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      },
    );
    await expect(https.download({ collectionId: C, httpsServer: SERVER, path: '/x' })).rejects.toBeInstanceOf(
      NetworkError,
    );
  });
});

/** Just enough XMLHttpRequest for upload: the test answers by hand. */
class FakeXhr {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  aborted = false;
  upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
}

function uploader(token: string | null = 'collection-token') {
  const xhrs: FakeXhr[] = [];
  const https = createCollectionHttps(
    { getAccessToken: async (rs) => (rs === C ? token : null) },
    {
      fetch: async () => {
        throw new Error('uploads do not use fetch');
      },
      createXhr: () => {
        const x = new FakeXhr();
        xhrs.push(x);
        return x as unknown as XMLHttpRequest;
      },
    },
  );
  const sent = async () => {
    await eventually(() => expect(xhrs).toHaveLength(1));
    return xhrs[0]!;
  };
  return { https, xhrs, sent };
}

describe('collection HTTPS upload', () => {
  it('PUTs the file with the collection token and reports progress up to the total', async () => {
    const { https, sent } = uploader();
    const body = new Blob(['x'.repeat(100)]);
    const progress: [number, number][] = [];
    const done = https.upload({
      collectionId: C,
      httpsServer: SERVER,
      path: '/in/a b.txt',
      body,
      onProgress: (s, t) => progress.push([s, t]),
    });
    const xhr = await sent();
    expect([xhr.method, xhr.url, xhr.headers.Authorization, xhr.body]).toEqual([
      'PUT',
      `${SERVER}/in/a%20b.txt`,
      'Bearer collection-token',
      body,
    ]);
    xhr.upload.onprogress?.(new ProgressEvent('progress', { loaded: 40, total: 100, lengthComputable: true }));
    xhr.status = 201;
    xhr.onload?.();
    await done;
    expect(progress).toEqual([
      [40, 100],
      [100, 100],
    ]);
  });

  it('a refusal asks for the https scope; other statuses and network failures keep their types', async () => {
    const target = { collectionId: C, httpsServer: SERVER, path: '/x', body: new Blob(['x']) };
    const refused = uploader();
    const r = refused.https.upload(target);
    const x1 = await refused.sent();
    x1.status = 403;
    x1.onload?.();
    await expect(r).rejects.toMatchObject({
      name: 'CollectionHttpsError',
      status: 403,
      needsConsent: true,
      requiredScopes: [`https://auth.globus.org/scopes/${C}/https`],
    });

    const full = uploader();
    const f = full.https.upload(target);
    const x2 = await full.sent();
    x2.status = 507;
    x2.onload?.();
    await expect(f).rejects.toMatchObject({ status: 507, needsConsent: false, requiredScopes: [] });

    const offline = uploader();
    const o = offline.https.upload(target);
    (await offline.sent()).onerror?.();
    await expect(o).rejects.toBeInstanceOf(NetworkError);

    const noToken = uploader(null);
    await expect(noToken.https.upload(target)).rejects.toMatchObject({ needsConsent: true });
    expect(noToken.xhrs).toHaveLength(0);
  });

  it('cancelling aborts the request, also before it was sent', async () => {
    const target = { collectionId: C, httpsServer: SERVER, path: '/x', body: new Blob(['x']) };
    const during = uploader();
    const controller = new AbortController();
    const p = during.https.upload({ ...target, signal: controller.signal });
    const xhr = await during.sent();
    controller.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(xhr.aborted).toBe(true);

    const before = uploader();
    await expect(before.https.upload({ ...target, signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(before.xhrs).toHaveLength(0);
  });
});

describe('collection HTTPS ranges', () => {
  it('asks for the rest of a file from an offset', async () => {
    let range: string | null = null;
    const https = createCollectionHttps(
      { getAccessToken: async () => 'collection-token' },
      {
        fetch: async (_input, init) => {
          range = new Headers(init?.headers).get('Range');
          return new Response('lo', { status: 206 });
        },
      },
    );
    const res = await https.download({ collectionId: C, httpsServer: SERVER, path: '/x.txt', offset: 3 });
    expect([res.status, range]).toEqual([206, 'bytes=3-']);
  });

  it('asks for one part of a file, from the start or from an offset, with the last byte inclusive, past the HTTP cache', async () => {
    const ranges: Array<string | null> = [];
    const caches: Array<RequestCache | undefined> = [];
    const https = createCollectionHttps(
      { getAccessToken: async () => 'collection-token' },
      {
        fetch: async (_input, init) => {
          ranges.push(new Headers(init?.headers).get('Range'));
          caches.push(init?.cache);
          return new Response('part', { status: 206 });
        },
      },
    );
    const target = { collectionId: C, httpsServer: SERVER, path: '/x.txt' };
    await https.download({ ...target, length: 4 });
    await https.download({ ...target, offset: 4, length: 10 });
    await https.download(target);
    expect(ranges).toEqual(['bytes=0-3', 'bytes=4-13', null]);
    // The bytes bypass the browser's HTTP cache.
    expect(caches).toEqual(['no-store', 'no-store', 'no-store']);
  });
});
