// One folder's listing for the shared pickers (folder browser, dataset view). The key has the shape the
// file manager's listings use (`['ls', collection, path]`), so a folder listed in one shows at once in the
// other, and a refresh after a transfer or mkdir reaches both.
import { queryOptions } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { listDirectory } from '@/lib/globus/transfer';

export const folderListingQuery = (http: GlobusHttp, collectionId: string, path: string) =>
  queryOptions({
    queryKey: ['ls', collectionId, path] as const,
    // An empty path lists the collection's default folder (or the home folder).
    queryFn: ({ signal }) => listDirectory(http, collectionId, path ? { path } : {}, { signal }),
    staleTime: 5_000,
  });
