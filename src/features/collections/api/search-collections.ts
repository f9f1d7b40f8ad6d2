import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { endpointSearch } from '@/lib/globus/transfer';
import type { EndpointSearchParams } from '@/lib/globus/transfer-types';
import { useServices } from '@/components/services/services-context';
import { collectionKeys } from '@/features/collections/api/collection-keys';
import type { SearchScope } from '@/features/collections/lib/search-scopes';

export const SEARCH_LIMIT = 25;

/**
 * filter_non_functional=false hides GCSv5 endpoints: they hold no data and cannot be browsed.
 * Scope 'all' needs search text (Transfer refuses it without); the other scopes list without it.
 */
export const searchCollectionsQuery = (http: GlobusHttp, scope: SearchScope, q: string) =>
  queryOptions({
    queryKey: collectionKeys.search(scope, q),
    queryFn: ({ signal }) => {
      const params: EndpointSearchParams = { filter_non_functional: false, limit: SEARCH_LIMIT };
      if (q) params.filter_fulltext = q;
      if (scope !== 'all') params.filter_scope = scope;
      return endpointSearch(http, params, { signal });
    },
    enabled: scope !== 'all' || q.trim().length > 0,
    // Recent changes with every folder opened, so it is checked again whenever the picker shows.
    staleTime: scope === 'recently-used' ? 0 : 60_000,
    // Keep the last results while the text changes, but never show one tab's results under another.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[2] === scope ? previous : undefined),
  });

export function useSearchCollections(scope: SearchScope, q: string) {
  return useQuery(searchCollectionsQuery(useServices().http, scope, q));
}
