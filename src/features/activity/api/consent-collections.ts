// Which of a task's collections take a data_access consent: only non-high-assurance GCSv5 mapped
// collections have that scope, and Globus Auth refuses a request naming it for any other kind.
import { useQueries } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { endpointQuery } from '@/lib/queries/endpoint';
import type { Endpoint } from '@/lib/globus/transfer-types';

export const takesDataAccess = (e: Pick<Endpoint, 'entity_type' | 'high_assurance'>) =>
  e.entity_type === 'GCSv5_mapped_collection' && !e.high_assurance;

/** Ids of the collections to consent for; null while their documents load. */
export function useConsentCollections(ids: string[], enabled: boolean): string[] | null {
  const { http } = useServices();
  const results = useQueries({
    queries: ids.map((id) => ({ ...endpointQuery(http, id), enabled })),
  });
  if (results.some((r) => r.isPending && r.fetchStatus !== 'idle')) return null;
  // A collection that could not be read is left in: asking too much beats a consent that never comes.
  return ids.filter((_, i) => {
    const doc = results[i]?.data;
    return !doc || takesDataAccess(doc);
  });
}
