// Pause rules of one endpoint: list, create, edit, delete.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { useServices } from '@/components/services/services-context';
import { consoleKeys } from '@/features/console/api/console-keys';
import {
  createPauseRule,
  deletePauseRule,
  pauseRuleList,
  updatePauseRule,
  type PauseRuleInput,
} from '@/lib/globus/endpoint-manager';

const pauseRulesQuery = (http: GlobusHttp, endpointId: string) =>
  queryOptions({
    queryKey: consoleKeys.pauseRules(endpointId),
    queryFn: ({ signal }) => pauseRuleList(http, { filter_endpoint: endpointId }, { signal }),
  });

export function usePauseRules(endpointId: string) {
  const { http } = useServices();
  return useQuery(pauseRulesQuery(http, endpointId));
}

/** Creates a rule, or changes the one with `id`. A new rule pauses running tasks too: task views refresh. */
export function useSavePauseRule(endpointId: string) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, rule }: { id?: string | undefined; rule: PauseRuleInput }) => {
      if (!id) return createPauseRule(http, rule);
      const { endpoint_id: _fixed, ...changes } = rule;
      return updatePauseRule(http, id, changes);
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.pauseRules(endpointId) }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.tasks() }),
      ]),
  });
}

export function useDeletePauseRule(endpointId: string) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deletePauseRule(http, id),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.pauseRules(endpointId) }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.tasks() }),
      ]),
  });
}
