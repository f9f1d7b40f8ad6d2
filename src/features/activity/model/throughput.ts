// Throughput samples: (time, bytes_transferred) pairs seen while polling, kept per task in memory
// for this session, and the rates between them that the chart draws.
import { isFinished } from '@/lib/globus/task-status';
import type { Task } from '@/lib/globus/task';

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
