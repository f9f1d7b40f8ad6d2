// Throughput samples: (time, bytes_transferred) pairs seen while polling, kept per task in memory
// for this session, and the rates between them that the chart draws.
import { isFinished } from '@/lib/globus/task-status';
import type { EventList, Task } from '@/lib/globus/task';
import { parseTransferTime } from '@/lib/format/dates';

type TaskEvent = EventList['DATA'][number];

export interface Sample {
  t: number;
  bytes: number;
}
export interface RatePoint {
  t: number;
  bytesPerSecond: number;
}

const MAX_SAMPLES = 240;

export function addSample(samples: readonly Sample[], sample: Sample): Sample[] {
  const last = samples[samples.length - 1];
  // Same poll seen twice (list and detail share data) or a clock step backwards: ignore.
  if (last && sample.t <= last.t) return samples as Sample[];
  const next = [...samples, sample];
  return next.length > MAX_SAMPLES ? next.slice(next.length - MAX_SAMPLES) : next;
}

export function toRates(samples: readonly Sample[]): RatePoint[] {
  const points: RatePoint[] = [];
  for (let i = 1; i < samples.length; i += 1) {
    const a = samples[i - 1]!;
    const b = samples[i]!;
    const seconds = (b.t - a.t) / 1000;
    if (seconds <= 0) continue;
    points.push({ t: b.t, bytesPerSecond: Math.max(0, (b.bytes - a.bytes) / seconds) });
  }
  return points;
}

/** Module-level store so samples survive moving between the list and a task's page. */
const store = new Map<string, Sample[]>();
const listeners = new Set<() => void>();

export function recordTasks(tasks: readonly Task[], now: number): void {
  let changed = false;
  for (const task of tasks) {
    if (!task.task_id || task.bytes_transferred == null) continue;
    const before = store.get(task.task_id) ?? [];
    // A finished task adds its final count once; later polls would only draw a flat zero tail.
    if (isFinished(task) && before[before.length - 1]?.bytes === task.bytes_transferred) continue;
    const after = addSample(before, { t: now, bytes: task.bytes_transferred });
    if (after !== before) {
      store.set(task.task_id, after);
      changed = true;
    }
  }
  if (changed) listeners.forEach((l) => l());
}

export function getSamples(taskId: string): Sample[] {
  return store.get(taskId) ?? EMPTY;
}
const EMPTY: Sample[] = [];

export function subscribeSamples(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function resetSamplesForTests(): void {
  store.clear();
}

function progressBytes(details: string | null | undefined): number | null {
  if (!details?.trimStart().startsWith('{')) return null;
  try {
    const bytes = (JSON.parse(details) as { bytes_transferred?: unknown }).bytes_transferred;
    return typeof bytes === 'number' && Number.isFinite(bytes) ? bytes : null;
  } catch {
    return null;
  }
}

/**
 * Samples for a task this tab did not watch: nothing at its start (STARTED, else the request), the byte counts
 * its PROGRESS events carry, and its counter at completion (or at `now`, when the events were read). Two
 * samples at least, or none.
 */
export function samplesFromHistory(task: Task, events: readonly TaskEvent[], now: number): Sample[] {
  if (task.bytes_transferred == null) return EMPTY;
  const time = (v: string | null | undefined) => parseTransferTime(v)?.getTime() ?? null;
  const started = events
    .filter((e) => e.code === 'STARTED')
    .map((e) => time(e.time))
    .filter((t): t is number => t !== null);
  const start = started.length ? Math.min(...started) : time(task.request_time);
  if (start === null) return EMPTY;
  const points: Sample[] = [{ t: start, bytes: 0 }];
  for (const e of events) {
    const t = time(e.time);
    const bytes = e.code === 'PROGRESS' ? progressBytes(e.details) : null;
    if (t !== null && bytes !== null) points.push({ t, bytes });
  }
  points.push({ t: time(task.completion_time) ?? now, bytes: task.bytes_transferred });
  points.sort((a, b) => a.t - b.t);
  const samples = points.reduce<Sample[]>((out, p) => addSample(out, p), []);
  return samples.length >= 2 ? samples : EMPTY;
}
