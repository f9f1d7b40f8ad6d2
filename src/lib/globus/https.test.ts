import { describe, expect, it } from 'vitest';
import { CollectionHttpsError, collectionFileUrl, createCollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';

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
          seen.push({ url: String(input), auth: new Headers(init?.headers).get('Authorization') });
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
    const err = (await none.download({ collectionId: C, httpsServer: SERVER, path: '/x' }).catch((e) => e)) as CollectionHttpsError;
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

  it('reports a CORS or network refusal as NetworkError (callers fall back to navigation)', async () => {
    const https = createCollectionHttps(
      { getAccessToken: async () => 't' },
      {
        fetch: async () => {
          throw new TypeError('Failed to fetch');
        },
      },
    );
    await expect(https.upload({ collectionId: C, httpsServer: SERVER, path: '/up', body: new Blob(['x']) })).rejects.toBeInstanceOf(
      NetworkError,
    );
  });
});
