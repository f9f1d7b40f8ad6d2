import { queryOptions, useQuery } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { getEndpoint } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';
import { collectionKeys } from '@/features/collections/api/collection-keys';

export const collectionQuery = (http: GlobusHttp, id: string) =>
  queryOptions({
    queryKey: collectionKeys.detail(id),
    queryFn: ({ signal }) => getEndpoint(http, id, { signal }),
    staleTime: 5 * 60_000,
  });

export function useCollection(id: string) {
  return useQuery(collectionQuery(useServices().http, id));
}
