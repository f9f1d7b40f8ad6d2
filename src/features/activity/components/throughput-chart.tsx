// Throughput over time: from the samples this tab saw while polling, or, for a task it did not watch, from
// the task's own events and counters. A small inline SVG with labelled axes, no library.
import { useSyncExternalStore } from 'react';
import { formatRate } from '@/lib/format/numbers';
import { formatTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { useTaskHistory } from '@/features/activity/api/task-events';
import { getSamples, samplesFromHistory, subscribeSamples, toRates } from '@/features/activity/model/throughput';
import { isFinished } from '@/lib/globus/task-status';
import type { Task } from '@/lib/globus/task';

const W = 480;
const H = 96;

export function ThroughputChart({ task }: { task: Task }) {
  const running = !isFinished(task);
  const watched = useSyncExternalStore(subscribeSamples, () => getSamples(task.task_id));
  const fromHistory = toRates(watched).length < 2;
  const history = useTaskHistory(task.task_id, fromHistory && !task.history_deleted);
  const samples = fromHistory
    ? history.data
      ? samplesFromHistory(task, history.data.DATA, history.dataUpdatedAt)
      : []
    : watched;
  const rates = toRates(samples);

  if (rates.length === 0) {
    return (
      <figure
        aria-label="Throughput over time"
        className="rounded-md border border-slate-200 bg-white p-3 text-xs text-slate-600"
      >
        <figcaption className="font-semibold text-slate-900">Throughput</figcaption>
        <p>
          {history.isPending && fromHistory && !task.history_deleted
            ? 'Reading the task’s history…'
            : running
              ? 'The chart fills in as this page watches the task.'
              : 'Transfer kept no record of this task’s progress over time.'}
        </p>
      </figure>
    );
  }
  // Each rate holds from the sample before it: a step line from the first sample to the last.
  const t0 = samples[0]!.t;
  const tEnd = samples[samples.length - 1]!.t;
  const span = Math.max(1, tEnd - t0);
  const peak = Math.max(1, ...rates.map((r) => r.bytesPerSecond));
  const y = (v: number) => (H - (v / peak) * (H - 4)).toFixed(1);
  const points = [
    `0.0,${y(rates[0]!.bytesPerSecond)}`,
    ...rates.map((r) => `${(((r.t - t0) / span) * W).toFixed(1)},${y(r.bytesPerSecond)}`),
  ];
  const latest = rates[rates.length - 1]!.bytesPerSecond;
  const minutes = Math.max(1, Math.round(span / 60_000));
  const now = running ? `now ${formatRate(latest)}` : 'finished';
  const source = fromHistory ? 'from the task’s history' : `over the last ${minutes} min`;
  const summary = `Throughput ${source}: ${now}, peak ${formatRate(peak)}`;
  return (
    <figure className="rounded-md border border-slate-200 bg-white p-3">
      <figcaption className="mb-1 flex flex-wrap justify-between gap-x-3 text-xs">
        <span className="font-semibold text-slate-900">
          Throughput{' '}
          <span className="font-normal text-slate-500">
            {fromHistory ? '(from the task’s events and counters)' : '(as this page watched it)'}
          </span>
        </span>
        <span className="text-slate-600">
          {now} · peak {formatRate(peak)}
        </span>
      </figcaption>
      <div className="grid grid-cols-[auto_1fr] gap-x-2 text-[11px] text-slate-500">
        <div aria-hidden="true" className="flex h-24 flex-col justify-between text-right tabular-nums">
          <span>{formatRate(peak)}</span>
          <span>0 B/s</span>
        </div>
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${W} ${H}`}
          preserveAspectRatio="none"
          className="h-24 w-full border-b border-l border-slate-300"
        >
          <polygon points={`0,${H} ${points.join(' ')} ${W},${H}`} className="fill-blue-100" />
          <polyline
            points={points.join(' ')}
            className="fill-none stroke-blue-600"
            strokeWidth={1.5}
            vectorEffect="non-scaling-stroke"
          />
        </svg>
        <span />
        <div aria-hidden="true" className="flex justify-between tabular-nums" data-testid="throughput-time-axis">
          <span>{formatTime(t0)}</span>
          <span>time ({formatDuration(span / 1000)} shown)</span>
          <span>{formatTime(tEnd)}</span>
        </div>
      </div>
    </figure>
  );
}
