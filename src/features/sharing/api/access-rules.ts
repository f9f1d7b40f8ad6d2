import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import {
  accessList,
  createAccessRule,
  deleteAccessRule,
  updateAccessRule,
  type AccessRuleCreate,
  type AccessRuleUpdate,
} from '@/lib/globus/sharing';
import type { GlobusHttp } from '@/lib/globus/http';
import { sharingKeys } from '@/features/sharing/api/sharing-keys';

export const accessRulesQuery = (http: GlobusHttp, collectionId: string) =>
  queryOptions({
    queryKey: sharingKeys.rules(collectionId),
    queryFn: ({ signal }) => accessList(http, collectionId, { signal }),
  });

/** Asked only once the collection is known to be a guest collection (others have no access rules). */
export const useAccessRules = (collectionId: string, enabled = true) =>
  useQuery({ ...accessRulesQuery(useServices().http, collectionId), enabled });

function useRefreshRules(collectionId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: sharingKeys.rules(collectionId) });
}

export function useCreateRule(collectionId: string) {
  const { http } = useServices();
  const onSuccess = useRefreshRules(collectionId);
  return useMutation({ mutationFn: (rule: AccessRuleCreate) => createAccessRule(http, collectionId, rule), onSuccess });
}

export function useUpdateRule(collectionId: string) {
  const { http } = useServices();
  const onSuccess = useRefreshRules(collectionId);
  return useMutation({
    mutationFn: ({ ruleId, update }: { ruleId: string; update: AccessRuleUpdate }) =>
      updateAccessRule(http, collectionId, ruleId, update),
    // Also after a failure: the rule may have been removed or changed elsewhere meanwhile.
    onSettled: onSuccess,
  });
}

export function useDeleteRule(collectionId: string) {
  const { http } = useServices();
  const onSuccess = useRefreshRules(collectionId);
  return useMutation({
    mutationFn: (ruleId: string) => deleteAccessRule(http, collectionId, ruleId),
    onSettled: onSuccess,
  });
}
