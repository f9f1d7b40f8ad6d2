// A task notice as a toast: the outcome sets the tone (good news fades, problems stay), the link opens the task.
import type { Toast, ToastTone } from '@/components/ui/toast-store';
import type { Outcome, TaskNotice } from '@/features/activity/notifications/task-notifier';
import { routeTo } from '@/lib/routes/paths';

const TONE: Record<Outcome, ToastTone> = {
  succeeded: 'success',
  cancelled: 'neutral',
  failed: 'error',
  attention: 'warning',
};

export function taskToast(notice: TaskNotice): Toast {
  return {
    // One toast per task and outcome, however many polls report it.
    id: `${notice.taskId}:${notice.outcome}`,
    tone: TONE[notice.outcome],
    title: notice.title,
    body: notice.body,
    link: { label: 'View task', to: routeTo.task(notice.taskId) },
  };
}
