import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { collectionQuery } from '@/features/collections/api/get-collection';

/** The collection document of a pane, or nothing while the pane has no collection yet. */
export function usePaneCollection(id: string) {
  return useQuery({ ...collectionQuery(useServices().http, id), enabled: id !== '' });
}
