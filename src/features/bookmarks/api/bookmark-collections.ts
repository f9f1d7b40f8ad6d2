import { queryOptions, useQueries } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { GlobusError } from '@/lib/globus/errors';
import { getEndpoint } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';
import { bookmarkKeys } from '@/features/bookmarks/api/bookmark-keys';

export type BookmarkTarget =
  | { state: 'loading' }
  | { state: 'ok'; name: string }
  | { state: 'gone' }
  /** Could not be checked (network, permission): the bookmark still opens; the pane reports details. */
  | { state: 'unknown' };

/** A bookmark may outlive its collection: Transfer then answers 404 EndpointDeleted (docs/protocol/transfer.md#bookmarks). */
export const isGone = (err: unknown) =>
  err instanceof GlobusError && (err.isCode('EndpointDeleted') || err.isCode('EndpointNotFound'));

export const bookmarkCollectionQuery = (http: GlobusHttp, id: string) =>
  queryOptions({
    queryKey: bookmarkKeys.collection(id),
    queryFn: ({ signal }) => getEndpoint(http, id, { signal }),
    staleTime: 5 * 60_000,
  });

/** One lookup per distinct collection, however many bookmarks point at it. */
export function useBookmarkTargets(collectionIds: string[]): Map<string, BookmarkTarget> {
  const { http } = useServices();
  const ids = [...new Set(collectionIds)];
  const results = useQueries({ queries: ids.map((id) => bookmarkCollectionQuery(http, id)) });
  const out = new Map<string, BookmarkTarget>();
  ids.forEach((id, i) => {
    const r = results[i]!;
    if (r.isSuccess) out.set(id, { state: 'ok', name: r.data.display_name || id });
    else if (r.isError) out.set(id, isGone(r.error) ? { state: 'gone' } : { state: 'unknown' });
    else out.set(id, { state: 'loading' });
  });
  return out;
}
