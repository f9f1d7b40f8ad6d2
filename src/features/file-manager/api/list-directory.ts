import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { directoryQuery } from '@/lib/queries/directory';
import { useServices } from '@/components/services/services-context';

export const listDirectoryQuery = directoryQuery;

export function useListDirectory(collectionId: string, path: string) {
  return useQuery({
    ...listDirectoryQuery(useServices().http, collectionId, path),
    // Keep the old rows on screen while the next folder loads, but not across collections.
    placeholderData: (prev, prevQuery) =>
      prevQuery?.queryKey[1] === collectionId ? keepPreviousData(prev) : undefined,
  });
}
