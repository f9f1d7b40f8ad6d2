/**
 * Paging helpers for the Transfer styles (docs/protocol/transfer.md#paging). The `next*` functions fit TanStack
 * Query's `getNextPageParam` (undefined = no more pages); `collectPages` walks them all.
 */

export type OffsetHasNextPage = { offset: number; limit: number; has_next_page: boolean };
export type OffsetTotal = { offset: number; limit: number; total: number; DATA?: unknown[] };
export type MarkerPage = { next_marker?: number | string | null };
export type LastKeyPage = { last_key?: string | null; has_next_page: boolean };

/** endpoint_search: at most 1000 results are reachable per query. */
export const ENDPOINT_SEARCH_MAX_RESULTS = 1000;

export function nextOffsetHasNextPage(page: OffsetHasNextPage, maxResults = ENDPOINT_SEARCH_MAX_RESULTS) {
  const next = page.offset + page.limit;
  return page.has_next_page && next < maxResults ? next : undefined;
}

/** task_list, event_list: stop when offset reaches total. Uses the items received when the server caps `limit`. */
export function nextOffsetTotal(page: OffsetTotal): number | undefined {
  const step = page.DATA?.length ?? page.limit;
  const next = page.offset + step;
  return step > 0 && next < page.total ? next : undefined;
}

export function nextMarker(page: MarkerPage): number | string | undefined {
  return page.next_marker === null || page.next_marker === undefined ? undefined : page.next_marker;
}

export function nextLastKey(page: LastKeyPage): string | undefined {
  return page.has_next_page && page.last_key ? page.last_key : undefined;
}

/** Fetches pages until `next` says stop; yields each page. */
export async function* collectPages<P, K>(
  fetchPage: (key: K | undefined) => Promise<P>,
  next: (page: P) => K | undefined,
  maxPages = 1000,
): AsyncGenerator<P> {
  let key: K | undefined;
  for (let i = 0; i < maxPages; i += 1) {
    const page = await fetchPage(key);
    yield page;
    key = next(page);
    if (key === undefined) return;
  }
}
