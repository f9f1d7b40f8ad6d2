// Actions on one task: cancel, edit, resubmit, hide, and open either side in the file manager.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { routeTo } from '@/lib/routes/paths';
import { useRemoveTask, useResubmitTask } from '@/features/activity/api/task-actions';
import { useSuccessfulTransfers } from '@/features/activity/api/marker-pages';
import { CancelDialog } from '@/features/activity/components/cancel-dialog';
import { EditTaskDialog } from '@/features/activity/components/edit-task-dialog';
import { describeFailure } from '@/lib/globus/describe-failure';
import { taskLocations } from '@/features/activity/model/file-manager-link';
import { canResubmit, resubmitSource } from '@/features/activity/model/resubmit';
import { isFinished } from '@/lib/globus/task-status';
import type { Task } from '@/lib/globus/task';
import { taskName } from '@/features/activity/notifications/task-notifier';
import { trackSubmittedTask } from '@/features/activity/notifications/activity-notifications';

export function TaskActions({ task }: { task: Task }) {
  const [dialog, setDialog] = useState<'cancel' | 'edit' | null>(null);
  const navigate = useNavigate();
  const remove = useRemoveTask(task.task_id);
  const resubmit = useResubmitTask(task);
  const finished = isFinished(task);
  const plan = canResubmit(task) ? resubmitSource(task) : null;
  const failure = remove.error ?? resubmit.error;
  // Without base paths, the first copied file shows where the task worked (the page lists them anyway).
  const needsCopied = task.type === 'TRANSFER' && !(task.source_base_path && task.destination_base_path);
  const firstCopied = useSuccessfulTransfers(task.task_id, needsCopied && !task.history_deleted).data?.pages[0]
    ?.DATA[0];

  return (
    <div className="flex flex-col gap-2">
      <div role="toolbar" aria-label="Task actions" className="flex flex-wrap gap-2">
        {!finished ? (
          <>
            <Button size="sm" onClick={() => setDialog('cancel')}>
              Cancel task…
            </Button>
            <Button size="sm" onClick={() => setDialog('edit')}>
              Edit label or deadline…
            </Button>
          </>
        ) : null}
        {plan ? (
          <Button
            size="sm"
            disabled={!plan.ok || resubmit.isPending}
            title={plan.ok ? undefined : plan.reason}
            onClick={() =>
              resubmit.mutate(undefined, {
                onSuccess: (result) => {
                  if (!result.task_id) return;
                  trackSubmittedTask(result.task_id);
                  void navigate(routeTo.task(result.task_id));
                },
              })
            }
          >
            {resubmit.isPending ? 'Resubmitting…' : 'Resubmit with the same options'}
          </Button>
        ) : null}
        {finished ? (
          <Button
            size="sm"
            disabled={remove.isPending}
            onClick={() => remove.mutate(undefined, { onSuccess: () => void navigate(routeTo.activity()) })}
          >
            Hide from list
          </Button>
        ) : null}
        {taskLocations(task, firstCopied).map((loc) => (
          <a
            key={loc.side}
            href={loc.href}
            className="inline-flex h-7 items-center rounded-md border border-slate-300 bg-white px-2 text-xs font-medium text-slate-800 hover:bg-slate-100"
          >
            Open {loc.side} in file manager
          </a>
        ))}
      </div>
      {plan ? <p className="text-xs text-slate-600">{plan.ok ? plan.summary : plan.reason}</p> : null}
      {failure ? (
        <p role="alert" className="text-xs text-red-700">
          {describeFailure(failure, 'task').title}:{' '}
          {failure instanceof Error ? failure.message : describeFailure(failure, 'task').detail}
        </p>
      ) : null}
      {dialog === 'cancel' ? (
        <CancelDialog taskId={task.task_id} name={taskName(task)} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'edit' ? <EditTaskDialog task={task} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
