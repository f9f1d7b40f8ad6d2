// An administrator cancel in flight: "in progress" until Globus says done, then what happened to each task.
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useAdminCancelProgress } from '@/features/console/api/admin-actions';
import type { AdminCancel } from '@/lib/globus/endpoint-manager';
import { describeError } from '@/lib/globus/describe-error';
import { isFinished } from '@/lib/globus/task-status';

export function AdminCancelProgress({ cancel, onDismiss }: { cancel: AdminCancel; onDismiss: () => void }) {
  const { status, outcome } = useAdminCancelProgress(cancel);
  const done = status.data.done;
  const ids = cancel.task_id_list ?? [];
  const tasks = outcome.data?.DATA ?? [];
  const cancelled = tasks.filter((t) => t.canceled_by_admin);
  const finishedFirst = tasks.filter((t) => !t.canceled_by_admin && isFinished(t));
  return (
    <section
      aria-label={`Administrator cancel ${cancel.id}`}
      className="rounded-md border border-slate-200 bg-white p-3 text-sm"
    >
      <div role="status" aria-live="polite">
        {done ? (
          <p className="font-semibold text-slate-900">Administrator cancel done</p>
        ) : (
          <p className="font-semibold text-slate-900">
            Administrator cancel in progress ({ids.length} {ids.length === 1 ? 'task' : 'tasks'})
          </p>
        )}
        {done && outcome.data ? (
          <p className="mt-1 text-slate-700">
            {cancelled.length} cancelled
            {finishedFirst.length
              ? `; ${finishedFirst.length} had already finished before the cancel reached ${finishedFirst.length === 1 ? 'it' : 'them'} (${finishedFirst.map((t) => t.label || t.task_id).join(', ')}) and ${finishedFirst.length === 1 ? 'was' : 'were'} left as ${finishedFirst.length === 1 ? 'it was' : 'they were'}`
              : ''}
            .
          </p>
        ) : null}
      </div>
      {done ? null : <ProgressBar label={`Administrator cancel ${cancel.id}`} value={null} />}
      {cancel.message ? <p className="mt-1 text-xs text-slate-600">Message to the owners: “{cancel.message}”</p> : null}
      {status.isError ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          Could not check the cancel’s progress: {describeError(status.error).detail} It keeps trying.
        </p>
      ) : null}
      {done ? (
        <Button size="sm" className="mt-2" onClick={onDismiss}>
          Dismiss
        </Button>
      ) : null}
    </section>
  );
}
