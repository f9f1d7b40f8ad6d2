import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { useServices } from '@/components/services/services-context';
import { endpointSearch } from '@/lib/globus/transfer';
import { createGuestCollection, deleteGuestCollection, type GuestCollectionCreate } from '@/lib/globus/sharing';
import { endpointKeys } from '@/lib/queries/endpoint';
import { sharingKeys } from '@/features/sharing/api/sharing-keys';

/** Search answers at most 100 per page; more guest collections than that are reached by the search page. */
const MY_GUESTS_LIMIT = 100;

/** Guest collections I administer or manage access to (Transfer's `shared-by-me` scope). */
const myGuestCollectionsQuery = (http: GlobusHttp) =>
  queryOptions({
    queryKey: sharingKeys.myGuests(),
    queryFn: ({ signal }) => endpointSearch(http, { filter_scope: 'shared-by-me', limit: MY_GUESTS_LIMIT }, { signal }),
  });

export const useMyGuestCollections = () => useQuery(myGuestCollectionsQuery(useServices().http));

export function useCreateGuestCollection() {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (g: GuestCollectionCreate) => createGuestCollection(http, g),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharingKeys.myGuests() }),
  });
}

export function useDeleteGuestCollection() {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteGuestCollection(http, id),
    // Also after a failure: one deleted elsewhere meanwhile leaves the list too.
    onSettled: async (_result, _error, id) => {
      queryClient.removeQueries({ queryKey: sharingKeys.rules(id) });
      await queryClient.invalidateQueries({ queryKey: endpointKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: sharingKeys.myGuests() });
    },
  });
}
