// Mutations on one task: cancel, update label/deadline, remove (hide), resubmit.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { taskKeys } from '@/features/activity/api/task-keys';
import {
  cancelTask,
  getSubmissionId,
  removeTask,
  submitTransfer,
  successfulTransfers,
  updateTask,
  type TransferHttp,
} from '@/features/activity/api/task-routes';
import {
  buildResubmission,
  copiedListIncomplete,
  itemsFromBasePaths,
  itemsFromCopiedFiles,
  resubmitSource,
} from '@/features/activity/model/resubmit';
import type { SuccessfulTransfer, Task } from '@/lib/globus/task';
import type { TransferItem } from '@/lib/globus/transfer-types';

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

/** Every page of the task's copied-files list (marker paging), stopping once it holds more than the task's files. */
async function allCopiedFiles(http: TransferHttp, task: Task): Promise<SuccessfulTransfer[]> {
  const out: SuccessfulTransfer[] = [];
  let marker: string | number | undefined;
  for (;;) {
    const page = await successfulTransfers(http, task.task_id, marker);
    out.push(...page.DATA);
    if (page.next_marker == null || page.next_marker === marker || out.length > (task.files ?? 0)) return out;
    marker = page.next_marker;
  }
}

async function resubmissionItems(http: TransferHttp, task: Task): Promise<TransferItem[]> {
  const source = resubmitSource(task);
  if (!source.ok) throw new Error(source.reason);
  if (source.kind === 'base-paths') return itemsFromBasePaths(source.source, source.destination);
  const copied = await allCopiedFiles(http, task);
  const items = itemsFromCopiedFiles(task, copied);
  if (!items) throw new Error(copiedListIncomplete(task, copied.length));
  return items;
}

/** A fresh submission id per resubmission, so the new task never collides with the original. */
export function useResubmitTask(task: Task) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const items = await resubmissionItems(http, task);
      return submitTransfer(http, buildResubmission(task, items, await getSubmissionId(http)));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.lists() }),
  });
}
