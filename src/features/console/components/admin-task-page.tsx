// Route `#/console/tasks/:taskId`: one task as its endpoints' administrators see it (endpoint_manager routes),
// laid out like the owner's task page, with administrator pause, resume and cancel.
import { useState } from 'react';
import { useParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { TaskPage, TaskPageFailure, TaskPageLoading } from '@/components/tasks/task-page-frame';
import { ProgressBar } from '@/components/ui/progress-bar';
import { useAdminPauseInfo, useAdminTask, useAdminTaskEvents } from '@/features/console/api/admin-tasks';
import type { AdminAction } from '@/features/console/api/admin-actions';
import { AdminActionDialog } from '@/features/console/components/admin-action-dialog';
import { AdminCancelProgress } from '@/features/console/components/admin-cancel-progress';
import { AdminStatusBadge, endpointsText } from '@/features/console/components/admin-status';
import { AdminTaskFields } from '@/features/console/components/admin-task-fields';
import type { AdminCancel } from '@/lib/globus/endpoint-manager';
import { describeRoleError } from '@/lib/globus/describe-role-error';
import { formatDateTime } from '@/lib/format/dates';
import { formatCount, formatSize } from '@/lib/format/numbers';
import { isFinished } from '@/lib/globus/task-status';
import { routeTo } from '@/lib/routes/paths';

export function AdminTaskPage() {
  const { taskId = '' } = useParams();
  const query = useAdminTask(taskId);
  const task = query.data;
  const running = !!task && !isFinished(task);
  const events = useAdminTaskEvents(taskId, running);
  const pause = useAdminPauseInfo(taskId, !!task?.is_paused);
  const [action, setAction] = useState<AdminAction | null>(null);
  const [cancel, setCancel] = useState<AdminCancel | null>(null);

  const back = { to: routeTo.console(), label: 'Administrator console' };
  if (query.isPending) return <TaskPageLoading back={back} />;
  if (!task) {
    const e = describeRoleError(query.error, {
      roles: ['administrator', 'activity_manager', 'activity_monitor'],
      on: 'the source or destination endpoint of this task',
    });
    return (
      <TaskPageFailure
        back={back}
        taskId={taskId}
        title={e.title}
        detail={e.detail}
        onRetry={() => void query.refetch()}
      />
    );
  }

  const name = task.label || `Task ${task.task_id}`;
  const total = task.bytes_transferred != null && task.files ? task.files : null;
  const percent =
    task.status === 'SUCCEEDED'
      ? 100
      : total && task.files_transferred != null
        ? (task.files_transferred / total) * 100
        : null;
  const messages = pause.data
    ? [
        pause.data.source_pause_message && `Source: ${pause.data.source_pause_message}`,
        pause.data.destination_pause_message && `Destination: ${pause.data.destination_pause_message}`,
        pause.data.message && pause.data.message,
      ].filter((m): m is string => !!m)
    : [];
  return (
    <TaskPage
      back={back}
      name={name}
      route={`${endpointsText(task)} · owned by ${task.owner_string ?? task.owner_id ?? 'unknown'}`}
      status={
        <>
          <AdminStatusBadge task={task} />
          {task.nice_status_short_description ? (
            <span className="text-slate-700">{task.nice_status_short_description}</span>
          ) : null}
        </>
      }
    >
      {task.is_paused ? (
        <section aria-label="Pause information" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <h2 className="font-semibold text-amber-950">Paused by an administrator or a pause rule</h2>
          {messages.length ? (
            <ul className="mt-1 list-disc pl-5">
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
          {pause.data?.pause_rules?.length ? (
            <p className="mt-1 text-xs">
              Held by {pause.data.pause_rules.length} pause {pause.data.pause_rules.length === 1 ? 'rule' : 'rules'}:
              resuming does not lift them; delete or change the rule on its endpoint’s page.
            </p>
          ) : null}
        </section>
      ) : null}
      {cancel ? <AdminCancelProgress cancel={cancel} onDismiss={() => setCancel(null)} /> : null}
      <section aria-label="Progress" className="rounded-md border border-slate-200 bg-white p-3 text-xs">
        <ProgressBar label={`Progress of ${name}`} value={percent} />
        <p className="mt-1 flex flex-wrap gap-x-4 text-slate-700">
          <span>{formatSize(task.bytes_transferred)} transferred</span>
          <span>
            {formatCount(task.files_transferred)} of {formatCount(task.files)} files
          </span>
          <span>Faults {formatCount(task.faults)}</span>
        </p>
      </section>
      {running ? (
        <div role="group" aria-label="Administrator actions" className="flex flex-wrap gap-2">
          {task.is_paused ? (
            <Button onClick={() => setAction('resume')}>Resume…</Button>
          ) : (
            <Button onClick={() => setAction('pause')}>Pause…</Button>
          )}
          <Button onClick={() => setAction('cancel')}>Cancel…</Button>
        </div>
      ) : null}
      <AdminTaskFields task={task} />
      <section aria-labelledby="events-heading" className="rounded-md border border-slate-200 bg-white p-3 text-xs">
        <h2 id="events-heading" className="mb-2 text-sm font-semibold text-slate-900">
          Events
        </h2>
        {events.isPending ? <p role="status">Loading events…</p> : null}
        {events.isError ? (
          <p role="alert" className="text-red-700">
            The events could not be loaded.
          </p>
        ) : null}
        {events.data ? (
          <ol className="space-y-1">
            {events.data.DATA.map((ev, i) => (
              <li key={`${ev.time}-${i}`} className={ev.is_error ? 'text-red-800' : 'text-slate-800'}>
                <span className="text-slate-500">{formatDateTime(ev.time)}</span> <strong>{ev.code}</strong>{' '}
                {ev.description}
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      {action ? (
        <AdminActionDialog
          action={action}
          taskIds={[task.task_id]}
          onClose={() => setAction(null)}
          onDone={(r) => {
            setAction(null);
            if (r.cancel) setCancel(r.cancel);
          }}
        />
      ) : null}
    </TaskPage>
  );
}
