import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mkdir, rename } from '@/lib/globus/transfer';
import { isLocalCollection } from '@/lib/local-files/local-id';
import { deleteLocalEntries, makeLocalFolder, renameLocalEntry } from '@/lib/local-files/local-operations';
import { folderOf } from '@/lib/paths/collection-path';
import { useServices } from '@/components/services/services-context';
import { lsKeys } from '@/features/file-manager/api/ls-keys';

/** `/a/b/` → [`/a/`, `b`]: the folder an entry is in and its name (a folder path ends with `/`). */
function splitPath(path: string): [string, string] {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const folder = folderOf(trimmed);
  return [folder, trimmed.slice(folder.length)];
}

/**
 * mkdir and rename answer synchronously; the collection's listings are refreshed afterwards. A folder
 * on this computer (`local:<key>`) is changed by the browser itself, never through Transfer.
 */
export function useMkdir(collectionId: string) {
  const { http } = useServices();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (path: string) => {
      if (!isLocalCollection(collectionId)) return void (await mkdir(http, collectionId, path));
      await makeLocalFolder(collectionId, ...splitPath(path));
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: lsKeys.collection(collectionId) }),
  });
}

export function useRename(collectionId: string) {
  const { http } = useServices();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ from, to }: { from: string; to: string }) => {
      if (!isLocalCollection(collectionId)) return void (await rename(http, collectionId, from, to));
      const [folder, oldName] = splitPath(from);
      await renameLocalEntry(collectionId, folder, oldName, splitPath(to)[1]);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: lsKeys.collection(collectionId) }),
  });
}

/** Delete in a folder on this computer: at once, no task (Transfer cannot see the computer). */
export function useLocalDelete(collectionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, names }: { path: string; names: readonly string[] }) =>
      deleteLocalEntries(collectionId, path, names),
    onSettled: () => qc.invalidateQueries({ queryKey: lsKeys.collection(collectionId) }),
  });
}
