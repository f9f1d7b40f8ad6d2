import { useQuery } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpQueries as setUp, type Request } from '@/test/query-hooks';
import { endpointKeys, endpointQuery } from '@/lib/queries/endpoint';

afterEach(cleanup);

describe('endpointQuery', () => {
  const endpoint = (req: Request) => ({ DATA_TYPE: 'endpoint', id: req.path.split('/')[1], display_name: 'Lab' });

  it('two consumers of one collection share one GET', async () => {
    const { http, calls, wrapper } = setUp(endpoint);
    const { result } = renderHook(
      () => [useQuery(endpointQuery(http, 'c-1')), useQuery({ ...endpointQuery(http, 'c-1'), enabled: true })] as const,
      { wrapper },
    );
    await waitFor(() => expect(result.current.every((r) => r.isSuccess)).toBe(true));
    expect(result.current[1].data?.display_name).toBe('Lab');
    expect(calls.map((c) => `${c.method ?? 'GET'} ${c.path}`)).toEqual(['GET endpoint/c-1']);
  });

  it('one invalidation refreshes every consumer', async () => {
    const { http, calls, client, wrapper } = setUp(endpoint);
    const { result } = renderHook(() => [useQuery(endpointQuery(http, 'c-1')), useQuery(endpointQuery(http, 'c-1'))], {
      wrapper,
    });
    await waitFor(() => expect(result.current.every((r) => r.isSuccess)).toBe(true));
    await act(() => client.invalidateQueries({ queryKey: endpointKeys.detail('c-1') }));
    expect(calls).toHaveLength(2);
  });
});
