import { useQuery } from '@tanstack/react-query';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpQueries as setUp } from '@/test/query-hooks';
import { myGroupsQuery } from '@/lib/queries/groups';

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
