// Administrator cancel, pause and resume of other people's tasks, and the progress of a cancel.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { useServices } from '@/components/services/services-context';
import { consoleKeys } from '@/features/console/api/console-keys';
import {
  adminCancel,
  adminCancelStatus,
  adminPause,
  adminResume,
  managerTaskList,
  type AdminCancel,
} from '@/lib/globus/endpoint-manager';

export type AdminAction = 'pause' | 'resume' | 'cancel';

export type AdminActionResult = { action: AdminAction; taskIds: string[]; cancel?: AdminCancel };

export function useAdminAction() {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({
      action,
      taskIds,
      message,
    }: {
      action: AdminAction;
      taskIds: string[];
      message: string;
    }): Promise<AdminActionResult> => {
      if (action === 'cancel') return { action, taskIds, cancel: await adminCancel(http, taskIds, message) };
      if (action === 'pause') await adminPause(http, taskIds, message);
      else await adminResume(http, taskIds);
      return { action, taskIds };
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: consoleKeys.tasks() }),
  });
}

const CANCEL_POLL_MS = 2000;

const cancelStatusQuery = (http: GlobusHttp, id: string | number, onDone: () => Promise<unknown>) =>
  queryOptions({
    queryKey: consoleKeys.cancel(id),
    queryFn: async ({ signal }) => {
      const doc = await adminCancelStatus(http, id, { signal });
      if (doc.done) void onDone();
      return doc;
    },
  });

/** The cancelled tasks as they ended up. */
const cancelOutcomeQuery = (http: GlobusHttp, id: string | number, ids: string[]) =>
  queryOptions({
    queryKey: [...consoleKeys.cancel(id), 'outcome', ids],
    queryFn: ({ signal }) =>
      managerTaskList(http, { filter_task_id: ids.join(','), limit: Math.max(ids.length, 1) }, { signal }),
  });

/**
 * Follows an administrator cancel until Globus says it is done, then reads the tasks once more: those that
 * finished on their own before the cancel reached them are reported apart.
 */
export function useAdminCancelProgress(cancel: AdminCancel) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  const status = useQuery({
    ...cancelStatusQuery(http, cancel.id, () => queryClient.invalidateQueries({ queryKey: consoleKeys.tasks() })),
    initialData: cancel,
    refetchInterval: (q) => (q.state.data?.done ? false : CANCEL_POLL_MS),
  });
  const ids = cancel.task_id_list ?? [];
  const outcome = useQuery({
    ...cancelOutcomeQuery(http, cancel.id, ids),
    enabled: status.data.done && ids.length > 0,
  });
  return { status, outcome };
}
