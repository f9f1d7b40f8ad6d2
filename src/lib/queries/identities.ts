// Identities by ids or by usernames. The key holds the sorted, distinct list, so the same set asked in
// another order (or with repeats) shares one cache entry and one request.
import { queryOptions } from '@tanstack/react-query';
import { getIdentities } from '@/lib/globus/auth-api';
import type { GlobusHttp } from '@/lib/globus/http';

export type IdentitiesLookup = { ids: string[] } | { usernames: string[]; provision?: boolean };

export const identityKeys = {
  all: ['identities'] as const,
};

/** An identity's name and organization change rarely. */
const IDENTITIES_STALE_MS = 10 * 60_000;

const distinctSorted = (values: readonly string[]) => [...new Set(values)].sort();

function normalize(lookup: IdentitiesLookup): IdentitiesLookup {
  return 'ids' in lookup
    ? { ids: distinctSorted(lookup.ids) }
    : { usernames: distinctSorted(lookup.usernames), provision: lookup.provision ?? false };
}

export function identitiesQuery(http: GlobusHttp, lookup: IdentitiesLookup) {
  const params = normalize(lookup);
  return queryOptions({
    queryKey: [...identityKeys.all, params] as const,
    queryFn: ({ signal }) => getIdentities(http, params, { signal }),
    staleTime: IDENTITIES_STALE_MS,
  });
}
