import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { endpointQuery } from '@/lib/queries/endpoint';

/** The collection document of a pane, or nothing while the pane has no collection yet. */
export function usePaneCollection(id: string) {
  return useQuery({ ...endpointQuery(useServices().http, id), enabled: id !== '' });
}
