// The remembered folder behind a pane's `local:<key>` id, under one key: the pane, its title and the
// tab's name read the same answer. It changes only when a folder is picked or forgotten here.
import { queryOptions } from '@tanstack/react-query';
import { listLocalRoots, loadLocalRoot } from '@/lib/local-files/local-roots';
import { isLocalCollection } from '@/lib/local-files/local-id';

export const localRootKeys = {
  all: ['local-root'] as const,
  detail: (id: string) => [...localRootKeys.all, id] as const,
  list: () => [...localRootKeys.all, { list: true }] as const,
};

/** Every remembered folder, most recently picked first. */
export const localRootsQuery = () =>
  queryOptions({ queryKey: localRootKeys.list(), queryFn: listLocalRoots, staleTime: Infinity });

/** null: this browser does not (or no longer) remember that folder. */
export const localRootQuery = (id: string) =>
  queryOptions({
    queryKey: localRootKeys.detail(id),
    queryFn: async () => (await loadLocalRoot(id)) ?? null,
    enabled: isLocalCollection(id),
    staleTime: Infinity,
  });

/** The pane's title for a folder on this computer; the browser never reveals the folder's full path. */
export const localPaneTitle = (folderName: string) => `This computer: ${folderName}`;
