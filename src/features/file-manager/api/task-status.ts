import { useQuery } from '@tanstack/react-query';
import { getTask } from '@/lib/globus/transfer';
import { isFinished } from '@/lib/globus/task-status';
import { useServices } from '@/components/services/services-context';

export { isFinished } from '@/lib/globus/task-status';

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
