import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { endpointSearch } from '@/lib/globus/transfer';
import type { Endpoint, EndpointSearchParams } from '@/lib/globus/transfer-types';
import type { EntityType } from '@/lib/globus/schemas/endpoint';
import { useServices } from '@/components/services/services-context';
import { collectionKeys } from '@/features/collections/api/collection-keys';
import type { SearchScope } from '@/features/collections/lib/search-scopes';

/** Transfer answers at most this many results per search, however it is paged (docs/protocol/transfer.md#paging). */
export const RESULT_CAP = 1000;

/** The kinds `filter_entity_type` accepts; legacy GCSv4 kinds cannot be asked for. */
export type SearchableEntityType = Extract<
  EntityType,
  | 'GCSv5_endpoint'
  | 'GCSv5_mapped_collection'
  | 'GCSv5_guest_collection'
  | 'GCP_mapped_collection'
  | 'GCP_guest_collection'
>;

/**
 * `browsable` hides GCSv5 endpoints (filter_non_functional=false): they hold no data, so a file manager
 * cannot open them. `any` asks for every kind. Transfer refuses both filters at once.
 */
export type TypeFilter = 'browsable' | 'any' | SearchableEntityType;

export type CollectionSearch = {
  scope: SearchScope;
  q: string;
  types: TypeFilter;
  /** Only the collections of this GCSv5 endpoint (or guests of this host). */
  host?: string;
};

export function searchParams(search: CollectionSearch, offset: number, pageSize: number): EndpointSearchParams {
  const params: EndpointSearchParams = { limit: pageSize, offset };
  if (search.q) params.filter_fulltext = search.q;
  if (search.scope !== 'all') params.filter_scope = search.scope;
  if (search.host) {
    params.filter_host_endpoint = search.host;
    // 'all' needs text; without it, the scope that lists what the caller can use.
    if (search.scope === 'all' && !search.q) params.filter_scope = 'hide-no-permissions';
  }
  if (search.types === 'browsable') params.filter_non_functional = false;
  else if (search.types !== 'any') params.filter_entity_type = search.types;
  return params;
}

/** Scope 'all' needs search text (Transfer refuses it without); the other scopes list without it. */
export const canSearch = (search: CollectionSearch) =>
  search.scope !== 'all' || search.q.length > 0 || search.host !== undefined;

/**
 * The one collection search of the app (the file manager's picker and the collections page): offset pages
 * of `pageSize`, never asking past the result cap.
 */
export const searchCollectionsQuery = (http: GlobusHttp, search: CollectionSearch, pageSize: number) =>
  infiniteQueryOptions({
    queryKey: collectionKeys.search(search, pageSize),
    queryFn: ({ signal, pageParam }) => endpointSearch(http, searchParams(search, pageParam, pageSize), { signal }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const next = pages.length * pageSize;
      return last.has_next_page && next + pageSize <= RESULT_CAP ? next : undefined;
    },
    enabled: canSearch(search),
    // Recent and in-use change with every folder opened or task run, so they are asked again each time they show.
    staleTime: search.scope === 'recently-used' || search.scope === 'in-use' ? 0 : 60_000,
    // Keep the last results while the text changes, but never show one scope's results under another.
    placeholderData: (previous, previousQuery) => {
      const before = previousQuery?.queryKey[2];
      return before?.scope === search.scope && before.types === search.types ? previous : undefined;
    },
  });

export function useSearchCollections(search: CollectionSearch, pageSize: number) {
  return useInfiniteQuery(searchCollectionsQuery(useServices().http, search, pageSize));
}

export type CollectionSearchResult = ReturnType<typeof useSearchCollections>;

/** Every result loaded so far, in order. */
export const resultsOf = (data: InfiniteData<{ DATA: Endpoint[] }> | undefined): Endpoint[] =>
  data?.pages.flatMap((p) => p.DATA) ?? [];

/** True when Transfer has more results than it will ever page out: the search must be narrowed instead. */
export const hitCap = (search: CollectionSearchResult): boolean =>
  !search.hasNextPage && (search.data?.pages.at(-1)?.has_next_page ?? false);
