// Throughput over time from the samples this session has seen: a small inline SVG, no library.
import { useSyncExternalStore } from 'react';
import { formatRate } from '@/lib/format/numbers';
import { getSamples, subscribeSamples, toRates } from '@/features/activity/model/throughput';

const W = 480;
const H = 96;

export function ThroughputChart({ taskId, running }: { taskId: string; running: boolean }) {
  const samples = useSyncExternalStore(subscribeSamples, () => getSamples(taskId));
  const rates = toRates(samples);
  if (rates.length < 2) {
    return (
      <figure
        aria-label="Throughput over time"
        className="rounded-md border border-slate-200 bg-white p-3 text-xs text-slate-600"
      >
        <figcaption className="font-semibold text-slate-900">Throughput</figcaption>
        <p>
          {running
            ? 'The chart fills in as this page watches the task.'
            : 'This session did not watch the task while it ran.'}
        </p>
      </figure>
    );
  }
  const t0 = rates[0]!.t;
  const span = Math.max(1, rates[rates.length - 1]!.t - t0);
  const peak = Math.max(1, ...rates.map((r) => r.bytesPerSecond));
  const points = rates.map(
    (r) => `${(((r.t - t0) / span) * W).toFixed(1)},${(H - (r.bytesPerSecond / peak) * (H - 4)).toFixed(1)}`,
  );
  const latest = rates[rates.length - 1]!.bytesPerSecond;
  const minutes = Math.max(1, Math.round(span / 60_000));
  const now = running ? `now ${formatRate(latest)}` : 'finished';
  const summary = `Throughput over the last ${minutes} min: ${now}, peak ${formatRate(peak)}`;
  return (
    <figure className="rounded-md border border-slate-200 bg-white p-3">
      <figcaption className="mb-1 flex justify-between text-xs">
        <span className="font-semibold text-slate-900">Throughput</span>
        <span className="text-slate-600">
          {now} · peak {formatRate(peak)}
        </span>
      </figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" className="h-24 w-full">
        <polygon points={`0,${H} ${points.join(' ')} ${W},${H}`} className="fill-blue-100" />
        <polyline
          points={points.join(' ')}
          className="fill-none stroke-blue-600"
          strokeWidth={1.5}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
    </figure>
  );
}
