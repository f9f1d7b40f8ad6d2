import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { useServices } from '@/components/services/services-context';
import { endpointSearch } from '@/lib/globus/transfer';
import { nextOffsetHasNextPage } from '@/lib/globus/paging';
import { createGuestCollection, deleteGuestCollection, type GuestCollectionCreate } from '@/lib/globus/sharing';
import { endpointKeys } from '@/lib/queries/endpoint';
import { sharingKeys } from '@/features/sharing/api/sharing-keys';

/** Search answers at most 100 per page (docs/protocol/transfer.md#paging); further pages on request. */
const MY_GUESTS_PAGE = 100;

/** Guest collections I administer or manage access to (Transfer's `shared-by-me` scope), page by page. */
const myGuestCollectionsQuery = (http: GlobusHttp) =>
  infiniteQueryOptions({
    queryKey: sharingKeys.myGuests(),
    queryFn: ({ signal, pageParam }) =>
      endpointSearch(
        http,
        { filter_scope: 'shared-by-me', limit: MY_GUESTS_PAGE, ...(pageParam ? { offset: pageParam } : {}) },
        { signal },
      ),
    initialPageParam: 0,
    getNextPageParam: (page) => nextOffsetHasNextPage(page),
  });

export const useMyGuestCollections = () => useInfiniteQuery(myGuestCollectionsQuery(useServices().http));

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
