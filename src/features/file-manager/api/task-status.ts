import { useQuery } from '@tanstack/react-query';
import type { Task } from '@/lib/globus/transfer-types';
import { getTask } from '@/lib/globus/transfer';
import { useServices } from '@/components/services/services-context';

export const isFinished = (task: Task | undefined) => task?.status === 'SUCCEEDED' || task?.status === 'FAILED';

const POLL_MS = 2000;

/** Polls one task submitted from here until it ends (refetchInterval, no setInterval: docs/architecture.md#polling). */
export function useTaskStatus(taskId: string) {
  const { http } = useServices();
  return useQuery({
    queryKey: ['file-manager', 'task', taskId],
    queryFn: ({ signal }) => getTask(http, taskId, { signal }),
    staleTime: 0,
    refetchInterval: (q) => (isFinished(q.state.data) || q.state.status === 'error' ? false : POLL_MS),
  });
}
