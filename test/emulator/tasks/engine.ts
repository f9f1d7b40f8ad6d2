/**
 * The task engine: advances every unfinished task up to the logical clock. Time is the only
 * driver — tests advance the clock, realtime servers let it follow wall time — and each unit
 * costs `1/filesPerSecond` plus `size/bandwidthBytesPerSecond` seconds. At most
 * `maxActivePerType` TRANSFER and DELETE tasks per account run at once; later ones are Queued.
 */
import type { Emu } from '../core/context';
import { onProgress, onQueued } from './deadlines';
import { addEvent, expire, fail, setStall, succeed } from './task-lifecycle';
import { isFinished, type Task } from './task-model';
import { deletedSide, stallOf } from './task-checks';
import { applyUnit, precheck, startPlan, tally, unitCost } from './unit-runner';

export interface EngineSettings {
  bandwidthBytesPerSecond: number;
  filesPerSecond: number;
  maxActivePerType: number;
  /** Seconds between retries of a unit that hit a retryable error (PERMISSION_DENIED). */
  retrySeconds: number;
  /** Per-file events kept for the first this-many files of each task (then only PROGRESS). */
  fileEventLimit: number;
}

export const DEFAULT_ENGINE: EngineSettings = {
  bandwidthBytesPerSecond: 100 * 1024 * 1024,
  filesPerSecond: 1000,
  maxActivePerType: 3,
  retrySeconds: 60,
  fileEventLimit: 1000,
};

const PROGRESS_EVERY = 60;

function activeCount(emu: Emu, task: Task): number {
  let n = 0;
  for (const t of emu.world.tasks.running)
    if (t !== task && t.startedAt !== null && t.ownerId === task.ownerId && t.type === task.type) n++;
  return n;
}

/** Queued tasks start when their account has a free slot of their type (at the time it freed). */
function promote(emu: Emu, now: number): void {
  const freed = emu.world.tasks.freedAt;
  for (const t of emu.world.tasks.running) {
    if (t.startedAt !== null) continue;
    if (now >= t.deadline) {
      expire(t, t.deadline);
      continue;
    }
    if (activeCount(emu, t) >= emu.engine.maxActivePerType) {
      onQueued(t, now);
      continue;
    }
    const at = Math.max(t.requestTime, freed.get(`${t.ownerId}\u0000${t.type}`) ?? 0);
    t.startedAt = at;
    t.simTime = at;
    startPlan(emu, t);
    addEvent(
      t,
      'STARTED',
      'started',
      JSON.stringify({
        type: t.type === 'TRANSFER' ? 'GridFTP Transfer' : 'Delete',
        concurrency: 2,
        parallelism: 4,
        pipelining: 20,
      }),
      false,
      at,
    );
  }
}

/**
 * Runs tasks up to now. `maxUnits` bounds the synchronous work of one call (request-path
 * catch-up in realtime mode); tasks left behind continue on the next call.
 */
export function catchUp(emu: Emu, maxUnits = Infinity): void {
  const store = emu.world.tasks;
  if (store.running.size === 0) return;
  const now = emu.clock.nowPrecise();
  let budget = maxUnits;
  for (let pass = 0; pass < 1000 && budget > 0; pass++) {
    promote(emu, now);
    let changed = false;
    for (const t of [...store.running]) {
      if (t.startedAt === null && !isFinished(t)) continue;
      if (!isFinished(t)) budget -= advance(emu, t, now, budget);
      if (isFinished(t)) {
        store.running.delete(t);
        const key = `${t.ownerId}\u0000${t.type}`;
        store.freedAt.set(key, Math.max(store.freedAt.get(key) ?? 0, t.completionTime ?? now));
        changed = true;
      }
      if (budget <= 0) break;
    }
    if (!changed) break;
  }
}

/** Simulates one task up to `until`; returns the number of units it fetched. */
function advance(emu: Emu, t: Task, until: number, budget: number): number {
  const s = emu.engine;
  let fetched = 0;
  while (t.simTime < until && !isFinished(t)) {
    if (t.simTime >= t.deadline) {
      expire(t, t.deadline);
      break;
    }
    const limit = Math.min(until, t.deadline);
    const gone = deletedSide(emu.world, t);
    if (gone) {
      fail(
        t,
        t.simTime,
        'ENDPOINT_DELETED',
        'endpoint deleted',
        `Collection ${gone.displayName} (${gone.id}) was deleted`,
      );
      break;
    }
    const stall = stallOf(emu, t, t.simTime);
    setStall(t, stall, t.simTime);
    if (stall) {
      t.simTime = limit;
      continue;
    }
    if (t.retryAt !== null && t.retryAt > t.simTime) {
      t.simTime = Math.min(limit, t.retryAt);
      continue;
    }
    if (!t.current) {
      if (fetched >= budget) break;
      const next = t.plan!.next();
      if (next.done) {
        succeed(t, t.simTime);
        break;
      }
      fetched++;
      tally(t, next.value);
      t.current = { unit: next.value, remaining: unitCost(s, next.value), bytesDone: 0, checked: false };
    }
    const cur = t.current;
    if (!cur.checked) {
      const verdict = precheck(emu, t, cur.unit);
      if (verdict === 'retry') {
        t.retryAt = t.simTime + s.retrySeconds;
        continue;
      }
      t.retryAt = null;
      t.unitError = null;
      if (verdict === 'done' || isFinished(t)) {
        t.current = null;
        continue;
      }
      cur.checked = true;
    }
    const avail = limit - t.simTime;
    const step = Math.min(avail, cur.remaining);
    t.simTime += step;
    t.busySeconds += step;
    cur.remaining -= step;
    if (cur.unit.op === 'file') {
      const elapsed = unitCost(s, cur.unit) - cur.remaining;
      const bytes = Math.min(
        cur.unit.size,
        Math.floor(Math.max(0, elapsed - 1 / s.filesPerSecond) * s.bandwidthBytesPerSecond),
      );
      t.counters.bytesTransferred += bytes - cur.bytesDone;
      cur.bytesDone = bytes;
    }
    if (cur.remaining <= 1e-9) {
      applyUnit(emu, t, cur.unit, cur.bytesDone);
      t.current = null;
      onProgress(t, t.simTime);
      if (t.simTime - t.lastProgressEvent >= PROGRESS_EVERY && !isFinished(t)) {
        t.lastProgressEvent = t.simTime;
        addEvent(
          t,
          'PROGRESS',
          'progress',
          JSON.stringify({
            bytes_transferred: t.counters.bytesTransferred,
            files_transferred: t.counters.filesTransferred,
          }),
          false,
          t.simTime,
        );
      }
    }
  }
  return fetched;
}
