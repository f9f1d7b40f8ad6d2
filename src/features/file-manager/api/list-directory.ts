import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { directoryQuery } from '@/lib/queries/directory';
import { useServices } from '@/components/services/services-context';

export const listDirectoryQuery = directoryQuery;

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
