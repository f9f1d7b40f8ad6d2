import { Fragment, memo } from 'react';
import { Link } from 'react-router';
import { routeTo } from '@/lib/routes/paths';
import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBadge } from '@/features/activity/components/status-badge';
import { formatRate, formatSize } from '@/lib/format/numbers';
import { formatDateTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { describeStatus } from '@/features/activity/model/task-status';
import { isFinished } from '@/lib/globus/task-status';
import { bytesText, countingText, filesText, percentText, taskProgress } from '@/features/activity/model/task-progress';
import type { Task } from '@/lib/globus/task';
import { taskName } from '@/features/activity/notifications/task-notifier';

/** Shared by header and rows so columns line up in the virtualized table. */
export const TASK_GRID_COLUMNS =
  'grid grid-cols-[minmax(12rem,2fr)_minmax(10rem,1.6fr)_minmax(10rem,1.6fr)_minmax(9rem,1.4fr)_6rem_5rem_8rem_8rem] gap-x-3';

export function routeText(task: Task): string {
  const src = task.source_endpoint_display_name ?? task.source_endpoint_id ?? 'Unknown collection';
  if (task.type === 'DELETE') return `Delete on ${src}`;
  const dst = task.destination_endpoint_display_name ?? task.destination_endpoint_id ?? 'Unknown collection';
  return `${src} → ${dst}`;
}

/** The route as the row shows it: "Source" then "→ Destination", or "Delete on Source". */
function routeLines(task: Task): string[] {
  const src = task.source_endpoint_display_name ?? task.source_endpoint_id ?? 'Unknown collection';
  if (task.type === 'DELETE') return [`Delete on ${src}`];
  return [src, `→ ${task.destination_endpoint_display_name ?? task.destination_endpoint_id ?? 'Unknown collection'}`];
}

export const TaskRow = memo(function TaskRow({
  task,
  rowIndex,
  style,
}: {
  task: Task;
  rowIndex: number;
  style: React.CSSProperties;
}) {
  const status = describeStatus(task);
  const progress = taskProgress(task);
  const name = taskName(task);
  const running = !isFinished(task);
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      style={style}
      className={`${TASK_GRID_COLUMNS} items-center border-b border-slate-100 px-3 text-xs hover:bg-slate-50`}
    >
      <div role="cell" className="min-w-0">
        {task.task_id ? (
          <Link to={routeTo.task(task.task_id)} className="block truncate font-medium text-blue-800 hover:underline">
            {name}
          </Link>
        ) : (
          <span className="block truncate font-medium">{name}</span>
        )}
        <span className="block truncate text-slate-500">{task.type === 'DELETE' ? 'Delete' : 'Transfer'}</span>
      </div>
      <div role="cell" className="min-w-0" title={routeText(task)}>
        {/* Source and destination on a line each, so neither is cut off behind the other. */}
        {routeLines(task).map((line, i) => (
          <Fragment key={i}>
            {i > 0 ? ' ' : null}
            <span className="block truncate">{line}</span>
          </Fragment>
        ))}
      </div>
      <div role="cell" className="min-w-0">
        <StatusBadge status={status} />
        <span className="block truncate text-slate-600" title={status.reason}>
          {status.reason}
        </span>
      </div>
      <div role="cell" className="min-w-0">
        <ProgressBar
          label={`Progress of ${name}`}
          value={progress.percent}
          tone={status.tone}
          busy={progress.moving}
          valueText={progress.byBytes || progress.counting ? bytesText(progress) : undefined}
        />
        {progress.counting ? (
          <span className="block truncate text-slate-600">{countingText(progress)}</span>
        ) : progress.byBytes ? (
          <span className="block truncate text-slate-600">
            <strong className="font-semibold text-slate-900">{formatSize(progress.bytesDone)}</strong>
            {progress.bytesPerSecond ? ` at ${formatRate(progress.bytesPerSecond)}` : ''} · {filesText(progress)}
          </span>
        ) : (
          <span className="block truncate text-slate-600">
            {percentText(progress)} · {formatSize(progress.bytesDone)} · {filesText(progress)}
          </span>
        )}
      </div>
      <div role="cell" className="tabular-nums">
        {formatRate(progress.bytesPerSecond)}
      </div>
      <div role="cell" className="tabular-nums">
        {running ? formatDuration(progress.etaSeconds) : '—'}
      </div>
      <div role="cell" className="tabular-nums">
        {formatDateTime(task.request_time)}
      </div>
      <div role="cell" className="tabular-nums">
        {formatDateTime(task.completion_time)}
      </div>
    </div>
  );
});
