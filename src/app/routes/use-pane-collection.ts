import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { endpointQuery } from '@/lib/queries/endpoint';
import { localPaneTitle, localRootQuery } from '@/lib/queries/local-root';
import { isLocalCollection } from '@/lib/local-files/local-id';
import { documentName, useCollectionName } from '@/components/collection-name/use-collection-name';

/** The collection document of a pane, or nothing while the pane has no collection yet (or shows this computer). */
export function usePaneCollection(id: string) {
  return useQuery({ ...endpointQuery(useServices().http, id), enabled: id !== '' && !isLocalCollection(id) });
}

/** The folder on this computer a `local:` pane shows (null: not remembered here). */
export const useLocalRoot = (id: string) => useQuery(localRootQuery(id));

/**
 * A pane's title: "This computer: <folder>", or the collection's name from the one name source the
 * panes use (remembered, or a plain "unavailable"/"loading" label, never the raw id).
 */
export function usePaneName(id: string): string {
  const local = isLocalCollection(id);
  const collection = usePaneCollection(id);
  const root = useLocalRoot(id);
  const name = useCollectionName(local ? '' : id, documentName(collection));
  if (!local) return name;
  return root.data ? localPaneTitle(root.data.name) : localPaneTitle(root.data === null ? 'not remembered' : '…');
}
