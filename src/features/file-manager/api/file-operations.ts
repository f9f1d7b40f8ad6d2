import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mkdir, rename } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';
import { lsKeys } from '@/features/file-manager/api/ls-keys';

/** mkdir and rename answer synchronously; the collection's listings are refreshed afterwards. */
export function useMkdir(collectionId: string) {
  const { http } = useServices();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (path: string) => mkdir(http, collectionId, path),
    onSuccess: () => qc.invalidateQueries({ queryKey: lsKeys.collection(collectionId) }),
  });
}

export function useRename(collectionId: string) {
  const { http } = useServices();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ from, to }: { from: string; to: string }) => rename(http, collectionId, from, to),
    onSuccess: () => qc.invalidateQueries({ queryKey: lsKeys.collection(collectionId) }),
  });
}
