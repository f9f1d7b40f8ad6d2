import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GlobusHttp } from '@/lib/globus/http';
import { myGroupsQuery } from '@/lib/queries/groups';

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

describe('myGroupsQuery', () => {
  it('the same statuses in any order share one request; none asks for the default', async () => {
    const { http, calls, wrapper } = setUp(() => []);
    const { result } = renderHook(
      () => [
        useQuery(myGroupsQuery(http, ['invited', 'active'])),
        useQuery(myGroupsQuery(http, ['active', 'invited'])),
        useQuery(myGroupsQuery(http)),
      ],
      { wrapper },
    );
    await waitFor(() => expect(result.current.every((r) => r.isSuccess)).toBe(true));
    expect(calls.map((c) => c.query)).toEqual([{ statuses: 'active,invited' }, { statuses: undefined }]);
  });
});
