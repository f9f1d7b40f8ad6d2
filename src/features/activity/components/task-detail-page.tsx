// Route `#/activity/:taskId`: everything about one task, kept live while it runs.
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import { TaskPage, TaskPageFailure, TaskPageLoading } from '@/components/tasks/task-page-frame';
import { routeTo } from '@/lib/routes/paths';
import { useTaskDetail } from '@/features/activity/api/task-detail';
import { AttentionPanel } from '@/features/activity/components/attention-panel';
import { ActivationExpiryWarning } from '@/components/activation/activation-expiry-warning';
import { EventLog } from '@/features/activity/components/event-log';
import { SkippedErrorsList, SuccessfulTransfersList } from '@/features/activity/components/file-lists';
import { PauseInfoPanel } from '@/features/activity/components/pause-info-panel';
import { PollingStatus } from '@/features/activity/components/polling-status';
import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBadge } from '@/features/activity/components/status-badge';
import { TaskActions } from '@/features/activity/components/task-actions';
import { TaskFields } from '@/features/activity/components/task-fields';
import { ThroughputChart } from '@/features/activity/components/throughput-chart';
import { routeText } from '@/features/activity/components/task-row';
import { describeFailure } from '@/lib/globus/describe-failure';
import { formatRate, formatSize } from '@/lib/format/numbers';
import { formatDuration } from '@/lib/format/duration';
import { bytesText, countingText, filesText, percentText, taskProgress } from '@/features/activity/model/task-progress';
import { describeStatus } from '@/features/activity/model/task-status';
import { isFinished } from '@/lib/globus/task-status';
import type { Task } from '@/lib/globus/task';
import { recordTasks } from '@/features/activity/model/throughput';
import { observeTasks, useTaskPagePresence } from '@/features/activity/notifications/activity-notifications';
import { announce } from '@/features/activity/notifications/live-announcer-store';
import { taskName } from '@/features/activity/notifications/task-notifier';

/** Announces progress in 10% steps, not on every poll. */
function useProgressAnnouncements(task: Task | undefined) {
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (!task || isFinished(task)) return;
    const percent = taskProgress(task).percent;
    if (percent == null) return;
    const step = Math.floor(percent / 10) * 10;
    if (last.current !== null && step !== last.current) announce(`${taskName(task)}: ${step}% done`);
    last.current = step;
  }, [task]);
}

export function TaskDetailPage() {
  const { taskId = '' } = useParams();
  const query = useTaskDetail(taskId);
  const task = query.data;
  useTaskPagePresence(taskId);

  useEffect(() => {
    if (!task) return;
    recordTasks([task], query.dataUpdatedAt);
    observeTasks([task]);
  }, [task, query.dataUpdatedAt]);
  useProgressAnnouncements(task);

  const back = { to: routeTo.activity(), label: 'All tasks' };
  if (query.isPending) return <TaskPageLoading back={back} />;
  if (!task) {
    const failure = describeFailure(query.error, 'task');
    return (
      <TaskPageFailure
        back={back}
        taskId={taskId}
        title={failure.title}
        detail={failure.detail}
        onRetry={failure.transient ? () => void query.refetch() : undefined}
      />
    );
  }

  const status = describeStatus(task);
  const progress = taskProgress(task);
  const running = !isFinished(task);
  return (
    <TaskPage
      back={back}
      name={taskName(task)}
      route={routeText(task)}
      status={
        <>
          <StatusBadge status={status} />
          <span className="text-slate-700">{status.reason}</span>
        </>
      }
    >
      <PollingStatus query={query} subject="task" />
      <AttentionPanel task={task} />
      {running ? (
        <ActivationExpiryWarning
          endpointIds={[task.source_endpoint_id, task.destination_endpoint_id]}
          now={query.dataUpdatedAt}
        />
      ) : null}
      {task.is_paused ? <PauseInfoPanel taskId={task.task_id} /> : null}
      <section aria-label="Progress" className="rounded-md border border-slate-200 bg-white p-3 text-xs">
        <ProgressBar
          label={`Progress of ${taskName(task)}`}
          value={progress.percent}
          tone={status.tone}
          busy={progress.moving}
          valueText={progress.byBytes || progress.counting ? bytesText(progress) : undefined}
        />
        {progress.counting ? (
          <p className="mt-1 text-base font-semibold text-slate-900">{countingText(progress)}</p>
        ) : progress.byBytes ? (
          <p className="mt-1 text-base font-semibold text-slate-900">
            {formatSize(progress.bytesDone)} transferred
            {progress.bytesPerSecond ? ` · ${formatRate(progress.bytesPerSecond)}` : ''}
          </p>
        ) : null}
        <p className="mt-1 flex flex-wrap gap-x-4 text-slate-700">
          {progress.byBytes || progress.counting ? null : <span>{percentText(progress)}</span>}
          <span>{formatSize(progress.bytesDone)} transferred</span>
          <span>{filesText(progress)}</span>
          <span>Speed {formatRate(progress.bytesPerSecond)}</span>
          {running ? (
            <span>ETA {progress.etaSeconds == null ? 'unknown' : `about ${formatDuration(progress.etaSeconds)}`}</span>
          ) : null}
        </p>
      </section>
      <TaskActions task={task} />
      <ThroughputChart task={task} />
      <TaskFields task={task} />
      <EventLog taskId={task.task_id} running={running} />
      {task.type === 'TRANSFER' && !task.history_deleted ? (
        <div className="grid gap-3 md:grid-cols-2">
          <SuccessfulTransfersList taskId={task.task_id} />
          <SkippedErrorsList taskId={task.task_id} />
        </div>
      ) : null}
    </TaskPage>
  );
}
