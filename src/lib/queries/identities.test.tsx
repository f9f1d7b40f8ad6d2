import { useQuery } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpQueries as setUp } from '@/test/query-hooks';
import { identitiesQuery } from '@/lib/queries/identities';

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
    const { http } = setUp(() => null);
    expect(identitiesQuery(http, { ids: ['x'] }).queryKey).not.toEqual(
      identitiesQuery(http, { usernames: ['x'] }).queryKey,
    );
  });
});
