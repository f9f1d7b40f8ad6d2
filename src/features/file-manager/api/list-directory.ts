import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { listDirectory } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';
import { lsKeys } from '@/features/file-manager/api/ls-keys';

/** An empty path is left out so Transfer lists the collection's default folder (or the home folder). */
export const listDirectoryQuery = (http: GlobusHttp, collectionId: string, path: string) =>
  queryOptions({
    queryKey: lsKeys.dir(collectionId, path),
    queryFn: ({ signal }) => listDirectory(http, collectionId, path ? { path } : {}, { signal }),
    // A folder seen in the last minutes shows at once from cache; after a few seconds it is also re-listed in the background.
    staleTime: 5_000,
    gcTime: 5 * 60_000,
  });

export function useListDirectory(collectionId: string, path: string) {
  return useQuery({
    ...listDirectoryQuery(useServices().http, collectionId, path),
    // Offline, a folder's request still runs (and fails at once) instead of waiting paused for the network,
    // so the pane shows that folder's failure rather than the previous folder's rows under the new path.
    // It is listed again by itself when the connection returns (refetch on reconnect).
    networkMode: 'offlineFirst',
    // Keep the old rows on screen while the next folder loads, but not across collections.
    placeholderData: (prev, prevQuery) =>
      prevQuery?.queryKey[1] === collectionId ? keepPreviousData(prev) : undefined,
  });
}
