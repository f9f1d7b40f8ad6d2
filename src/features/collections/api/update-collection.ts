import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateEndpoint } from '@/lib/globus/transfer';
import type { EndpointUpdate } from '@/lib/globus/transfer-types';
import { endpointKeys } from '@/lib/queries/endpoint';
import { useServices } from '@/components/services/services-context';
import { collectionKeys } from '@/features/collections/api/collection-keys';

/** Saves an edit; the document (shared by the panes and bookmarks) and every search show the new values. */
export function useUpdateCollection(id: string) {
  const { http } = useServices();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (update: EndpointUpdate) => updateEndpoint(http, id, update),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: endpointKeys.detail(id) }),
        client.invalidateQueries({ queryKey: collectionKeys.all }),
      ]),
  });
}
