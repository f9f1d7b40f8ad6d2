import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GlobusHttp } from '@/lib/globus/http';
import { identitiesQuery } from '@/lib/queries/identities';

type Request = Parameters<GlobusHttp['request']>[0];

function fakeHttp(reply: (req: Request) => unknown) {
  const calls: Request[] = [];
  const http: GlobusHttp = {
    request: async (req: Request) => {
      calls.push(req);
      await Promise.resolve();
      return reply(req);
    },
  };
  return { http, calls };
}

function setUp(reply: (req: Request) => unknown) {
  const { http, calls } = fakeHttp(reply);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { http, calls, client, wrapper };
}

afterEach(cleanup);

describe('identitiesQuery', () => {
  it('the same identities in another order or with repeats share one request', async () => {
    const { http, calls, wrapper } = setUp(() => ({ identities: [] }));
    const { result } = renderHook(
      () => [
        useQuery(identitiesQuery(http, { ids: ['b', 'a'] })),
        useQuery(identitiesQuery(http, { ids: ['a', 'b', 'a'] })),
      ],
      { wrapper },
    );
    await waitFor(() => expect(result.current.every((r) => r.isSuccess)).toBe(true));
    expect(calls.map((c) => c.query)).toEqual([{ ids: 'a,b' }]);
  });

  it('keeps lookups by id and by username apart', () => {
    const { http } = fakeHttp(() => null);
    expect(identitiesQuery(http, { ids: ['x'] }).queryKey).not.toEqual(
      identitiesQuery(http, { usernames: ['x'] }).queryKey,
    );
  });
});
