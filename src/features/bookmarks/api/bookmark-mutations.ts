import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createBookmark, deleteBookmark, updateBookmark } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';
import { bookmarkKeys } from '@/features/bookmarks/api/bookmark-keys';

function useInvalidateBookmarks() {
  const queryClient = useQueryClient();
  // By prefix, so every list view refreshes; the collection lookups stay (a bookmark edit cannot change them).
  return () => queryClient.invalidateQueries({ queryKey: bookmarkKeys.list() });
}

export function useCreateBookmark() {
  const { http } = useServices();
  const onSuccess = useInvalidateBookmarks();
  return useMutation({
    mutationFn: (b: { name: string; collectionId: string; path: string }) =>
      createBookmark(http, { name: b.name, endpoint_id: b.collectionId, path: b.path }),
    onSuccess,
  });
}

export function useRenameBookmark() {
  const { http } = useServices();
  const onSuccess = useInvalidateBookmarks();
  return useMutation({
    mutationFn: (b: { id: string; name: string }) => updateBookmark(http, b.id, { name: b.name }),
    onSuccess,
  });
}

export function useDeleteBookmark() {
  const { http } = useServices();
  const onSuccess = useInvalidateBookmarks();
  return useMutation({ mutationFn: (id: string) => deleteBookmark(http, id), onSuccess });
}
