import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { endpointQuery } from '@/lib/queries/endpoint';
import { localPaneTitle, localRootQuery } from '@/lib/queries/local-root';
import { isLocalCollection } from '@/lib/local-files/local-roots';

/** The collection document of a pane, or nothing while the pane has no collection yet (or shows this computer). */
export function usePaneCollection(id: string) {
  return useQuery({ ...endpointQuery(useServices().http, id), enabled: id !== '' && !isLocalCollection(id) });
}

/** The folder on this computer a `local:` pane shows (null: not remembered here). */
export const useLocalRoot = (id: string) => useQuery(localRootQuery(id));

/**
 * A pane's title: the collection's name, or "This computer: <folder>". undefined while it loads,
 * null when it cannot be known.
 */
export function usePaneName(id: string): string | null | undefined {
  const collection = usePaneCollection(id);
  const root = useLocalRoot(id);
  if (isLocalCollection(id))
    return root.data
      ? localPaneTitle(root.data.name)
      : root.data === null
        ? localPaneTitle('not remembered')
        : undefined;
  return collection.data?.display_name ?? (collection.isError ? null : undefined);
}
