// A folder listing under one key for every feature that lists folders (the file manager's panes, the
// sharing and helper pages' folder browsers, the dataset view): a folder listed in one shows at once in
// the others, and a change made in one (new folder, rename, delete) refreshes all.
import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { listDirectory } from '@/lib/globus/transfer';
import { isLocalCollection } from '@/lib/local-files/local-id';
import type { listLocalFolder as ListLocalFolder } from '@/lib/local-files/list-local-folder';

// A folder on this computer is listed by code loaded when one is first shown: most sessions never do.
const listLocalFolder: typeof ListLocalFolder = (...args) =>
  import('@/lib/local-files/list-local-folder').then((m) => m.listLocalFolder(...args));

export const directoryKeys = {
  all: ['ls'] as const,
  collection: (collectionId: string) => [...directoryKeys.all, collectionId] as const,
  /** `path` is the raw string from the route; '' means "the collection's default folder". */
  dir: (collectionId: string, path: string) => [...directoryKeys.collection(collectionId), path] as const,
};

/** An empty path is left out so Transfer lists the collection's default folder (or the home folder). */
export const directoryQuery = (http: GlobusHttp, collectionId: string, path: string) =>
  queryOptions({
    queryKey: directoryKeys.dir(collectionId, path),
    // A folder on this computer (`local:<key>`) is listed by the browser, in the same shape.
    queryFn: ({ signal }) =>
      isLocalCollection(collectionId)
        ? listLocalFolder(collectionId, path, signal)
        : listDirectory(http, collectionId, path ? { path } : {}, { signal }),
    // A folder seen in the last minutes shows at once from cache; after a few seconds it is also re-listed in the background.
    staleTime: 5_000,
    gcTime: 5 * 60_000,
  });

const HOME = /^\/?~(\/|$)/;

/**
 * The folder as a collection's HTTPS server must be given it. Transfer expands `~` itself and echoes the path
 * unexpanded, but an HTTPS server needs the real path: the folder's listing gives it as `absolute_path` when
 * the collection reports one (otherwise the path is used as shown). The listing is usually cached already.
 */
export async function httpsFolderPath(
  queryClient: QueryClient,
  http: GlobusHttp,
  collectionId: string,
  folder: string,
): Promise<string> {
  if (!HOME.test(folder)) return folder;
  const listing = await queryClient.ensureQueryData(directoryQuery(http, collectionId, folder));
  return listing.absolute_path ?? folder;
}
