import { useCallback, useEffect, useState } from 'react';
import { useServices } from '@/components/services/services-context';
import { taskSubmitted } from '@/lib/events/task-submitted';
import { pendingSubmissions, resendPending, type SubmittedTask } from '@/features/file-manager/api/submit-task';

// Submission ids being re-sent by this page, so a second mount (StrictMode, remount) does not race the first.
const resending = new Set<string>();

/**
 * Tasks submitted from this page, newest first. On mount, requests left pending by a reload or a
 * dropped connection are re-sent with their original submission_id (once and only once).
 */
export function useTaskTray() {
  const { http } = useServices();
  const [tasks, setTasks] = useState<SubmittedTask[]>([]);
  const [resendError, setResendError] = useState<string | null>(null);

  const add = useCallback((task: SubmittedTask) => {
    setTasks((list) => [task, ...list.filter((t) => t.taskId !== task.taskId)]);
    taskSubmitted.emit({ taskId: task.taskId, label: task.label, kind: task.kind });
  }, []);
  const dismiss = useCallback((taskId: string) => setTasks((list) => list.filter((t) => t.taskId !== taskId)), []);

  useEffect(() => {
    let live = true;
    void pendingSubmissions
      .entries()
      .then((rows) => {
        for (const [id, pending] of rows) {
          if (resending.has(id)) continue;
          resending.add(id);
          resendPending(http, pending)
            .then((task) => live && add(task))
            .catch(
              () =>
                live &&
                setResendError(`“${pending.label}” could not be confirmed yet; it will be retried when you come back.`),
            )
            .finally(() => resending.delete(id));
        }
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [add, http]);

  return { tasks, add, dismiss, resendError };
}
