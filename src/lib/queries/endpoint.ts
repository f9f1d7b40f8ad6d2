// The endpoint (collection) document under one key for the whole app: the pane header, bookmarks and the
// consent check read the same cache entry, so one GET answers all of them and one invalidation reaches all.
import { queryOptions } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { getEndpoint } from '@/lib/globus/transfer';

export const endpointKeys = {
  all: ['endpoint'] as const,
  detail: (id: string) => [...endpointKeys.all, id] as const,
};

/** A collection's name, kind and servers change rarely; five minutes spares a GET per pane move. */
const ENDPOINT_STALE_MS = 5 * 60_000;

export const endpointQuery = (http: GlobusHttp, id: string) =>
  queryOptions({
    queryKey: endpointKeys.detail(id),
    queryFn: ({ signal }) => getEndpoint(http, id, { signal }),
    staleTime: ENDPOINT_STALE_MS,
  });
