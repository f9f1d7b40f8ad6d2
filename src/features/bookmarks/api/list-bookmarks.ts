import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { bookmarkList } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';
import { bookmarkKeys } from '@/features/bookmarks/api/bookmark-keys';

export const bookmarksQuery = (http: GlobusHttp) =>
  queryOptions({
    queryKey: bookmarkKeys.list(),
    queryFn: ({ signal }) => bookmarkList(http, { signal }),
    select: (list) =>
      [...list.DATA].sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned) || a.name.localeCompare(b.name)),
    staleTime: 60_000,
  });

/** The user's bookmarks, pinned first, then by name. */
export function useBookmarks() {
  return useQuery(bookmarksQuery(useServices().http));
}
