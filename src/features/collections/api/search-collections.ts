import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { endpointSearch } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';
import { collectionKeys } from '@/features/collections/api/collection-keys';

export const SEARCH_LIMIT = 25;

// filter_non_functional=false hides GCSv5 endpoints: they hold no data and cannot be browsed.
export const searchCollectionsQuery = (http: GlobusHttp, q: string) =>
  queryOptions({
    queryKey: collectionKeys.search(q),
    queryFn: ({ signal }) =>
      endpointSearch(http, { filter_fulltext: q, filter_non_functional: false, limit: SEARCH_LIMIT }, { signal }),
    enabled: q.trim().length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export function useSearchCollections(q: string) {
  return useQuery(searchCollectionsQuery(useServices().http, q));
}
