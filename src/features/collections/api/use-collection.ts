import { useQuery } from '@tanstack/react-query';
import { endpointQuery } from '@/lib/queries/endpoint';
import { useServices } from '@/components/services/services-context';

/** The collection's document, from the cache entry the file manager and bookmarks share. */
export function useCollection(id: string) {
  return useQuery(endpointQuery(useServices().http, id));
}
