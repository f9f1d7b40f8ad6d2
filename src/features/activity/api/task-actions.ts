// Mutations on one task: cancel, update label/deadline, remove (hide), resubmit.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskKeys } from '@/features/activity/api/task-keys';
import {
  cancelTask,
  getSubmissionId,
  removeTask,
  submitTransfer,
  updateTask,
} from '@/features/activity/api/task-routes';
import { planResubmit } from '@/features/activity/model/resubmit';
import type { Task } from '@/lib/globus/task';

function useInvalidateTask(taskId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: taskKeys.detail(taskId) }),
      queryClient.invalidateQueries({ queryKey: taskKeys.lists() }),
    ]);
}

export function useCancelTask(taskId: string) {
  const { http } = useServices();
  const invalidate = useInvalidateTask(taskId);
  return useMutation({ mutationFn: () => cancelTask(http, taskId), onSettled: invalidate });
}

export function useUpdateTask(taskId: string) {
  const { http } = useServices();
  const invalidate = useInvalidateTask(taskId);
  return useMutation({
    mutationFn: (changes: { label?: string; deadline?: string }) => updateTask(http, taskId, changes),
    onSettled: invalidate,
  });
}

export function useRemoveTask(taskId: string) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeTask(http, taskId),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: taskKeys.detail(taskId) });
      await queryClient.invalidateQueries({ queryKey: taskKeys.lists() });
    },
  });
}

/** A fresh submission id per resubmission, so the new task never collides with the original. */
export function useResubmitTask(task: Task) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const plan = planResubmit(task, await getSubmissionId(http));
      if (!plan.ok) throw new Error(plan.reason);
      return submitTransfer(http, plan.body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.lists() }),
  });
}
