// Guest collections hosted on an endpoint, and each one's access rules, as its administrators see them.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { useServices } from '@/components/services/services-context';
import { consoleKeys } from '@/features/console/api/console-keys';
import { deleteAccessRule, hostedEndpoints, managerAccessList } from '@/lib/globus/endpoint-manager';

const hostedQuery = (http: GlobusHttp, endpointId: string) =>
  queryOptions({
    queryKey: consoleKeys.hosted(endpointId),
    queryFn: ({ signal }) => hostedEndpoints(http, endpointId, { signal }),
  });

const accessListQuery = (http: GlobusHttp, collectionId: string) =>
  queryOptions({
    queryKey: consoleKeys.accessList(collectionId),
    queryFn: ({ signal }) => managerAccessList(http, collectionId, { signal }),
  });

export function useHostedCollections(endpointId: string) {
  const { http } = useServices();
  return useQuery(hostedQuery(http, endpointId));
}

export function useAdminAccessList(collectionId: string, enabled: boolean) {
  const { http } = useServices();
  return useQuery({ ...accessListQuery(http, collectionId), enabled });
}

export function useDeleteAccessRule(collectionId: string) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ruleId: string) => deleteAccessRule(http, collectionId, ruleId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consoleKeys.accessList(collectionId) }),
  });
}
