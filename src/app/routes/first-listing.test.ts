import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/app/create-query-client';
import { firstListingLoader, prefetchFirstListingAt } from '@/app/routes/first-listing';
import { listDirectoryQuery } from '@/features/file-manager/api/list-directory';
import { endpointQuery } from '@/lib/queries/endpoint';
import { createFakeHttp } from '@/test/fake-http';

const pending = () => new Promise<never>(() => {});

describe('the files route loader', () => {
  it('starts the collection document and the listing of both panes together, under the panes’ own keys', async () => {
    const { http, calls } = createFakeHttp([
      { path: /^endpoint\/[^/]+$/, reply: pending },
      { path: /^operation\/endpoint\/[^/]+\/ls$/, reply: pending },
    ]);
    const queryClient = createQueryClient();
    const loader = firstListingLoader({ queryClient, services: { http } });
    const url = 'http://app.test/files?origin_id=c-1&origin_path=%2Fdata%2F&destination_id=c-2';
    const args = { request: new Request(url), url: new URL(url), pattern: 'files', params: {}, context: undefined };
    expect(await loader(args)).toBeNull();
    // Nothing answered yet, and all four requests are out: no request waits for another.
    await Promise.resolve();
    expect(calls.map((c) => [c.path, c.query?.path])).toEqual([
      ['endpoint/c-1', undefined],
      ['operation/endpoint/c-1/ls', '/data/'],
      ['endpoint/c-2', undefined],
      ['operation/endpoint/c-2/ls', undefined],
    ]);
    for (const key of [
      endpointQuery(http, 'c-1').queryKey,
      listDirectoryQuery(http, 'c-1', '/data/').queryKey,
      listDirectoryQuery(http, 'c-2', '').queryKey,
    ]) {
      expect(queryClient.getQueryState(key)?.fetchStatus).toBe('fetching');
    }
  });
});

describe('the first listing at start-up', () => {
  it('goes out before the router runs, and the route loader then sends nothing again', async () => {
    const { http, calls } = createFakeHttp([
      { path: /^endpoint\/[^/]+$/, reply: pending },
      { path: /^operation\/endpoint\/[^/]+\/ls$/, reply: pending },
    ]);
    const queryClient = createQueryClient();
    prefetchFirstListingAt({ queryClient, services: { http } }, '#/files?origin_id=c-1&origin_path=%2Fdata%2F');
    await Promise.resolve();
    expect(calls.map((c) => [c.path, c.query?.path])).toEqual([
      ['endpoint/c-1', undefined],
      ['operation/endpoint/c-1/ls', '/data/'],
    ]);
    const url = 'http://app.test/files?origin_id=c-1&origin_path=%2Fdata%2F';
    const args = { request: new Request(url), url: new URL(url), pattern: 'files', params: {}, context: undefined };
    await firstListingLoader({ queryClient, services: { http } })(args);
    await Promise.resolve();
    expect(calls).toHaveLength(2);
  });

  it('starts nothing for another page', async () => {
    const { http, calls } = createFakeHttp([]);
    const queryClient = createQueryClient();
    prefetchFirstListingAt({ queryClient, services: { http } }, '#/activity?origin_id=c-1');
    prefetchFirstListingAt({ queryClient, services: { http } }, '');
    await Promise.resolve();
    expect(calls).toEqual([]);
  });
});
