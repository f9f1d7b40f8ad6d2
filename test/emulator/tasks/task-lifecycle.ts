/**
 * Task state transitions and their events (docs/protocol/tasks.md#task-events lifecycle codes): start,
 * stall/pause, success, failure (expired, canceled, fatal errors), plus the capped
 * successful / skipped records.
 */
import { onPauseChange } from './deadlines';
import { EVENT_CAP, LIST_CAP, type SkippedError, type Stall, type Task } from './task-model';

export function addEvent(
  task: Task,
  code: string,
  description: string,
  details: string,
  isError: boolean,
  time: number,
  perFile = false,
): void {
  task.events.push(
    perFile ? { code, description, details, isError, time, perFile } : { code, description, details, isError, time },
  );
  if (task.events.length > EVENT_CAP) {
    let idx = task.events.findIndex((e) => e.code === 'PROGRESS');
    if (idx < 0) idx = task.events.findIndex((e) => e.perFile);
    task.events.splice(idx >= 0 ? idx : 0, 1);
  }
}

/**
 * A per-file event (file transferred / deleted / skipped), recorded for the first `limit`
 * files of a task only, so a huge task keeps a bounded history; after that only the periodic
 * PROGRESS events tell its story. Codes FILE_TRANSFERRED / FILE_DELETED and their JSON
 * details are provisional (docs/protocol/tasks.md#task-events lists lifecycle and error codes only).
 */
export function addFileEvent(
  task: Task,
  limit: number,
  code: string,
  description: string,
  details: unknown,
  isError: boolean,
  time: number,
): void {
  if (task.fileEvents >= limit) return;
  task.fileEvents++;
  addEvent(task, code, description, JSON.stringify(details), isError, time, true);
}

export function pending(task: Task): number {
  const c = task.counters;
  return Math.max(
    0,
    c.subtasksTotal -
      c.subtasksSucceeded -
      c.subtasksFailed -
      c.subtasksCanceled -
      c.subtasksExpired -
      c.subtasksSkippedErrors,
  );
}

export function recordSuccess(task: Task, src: string, dst: string): void {
  task.successfulTotal++;
  if (task.successful.length < LIST_CAP) task.successful.push([src, dst]);
}

export function recordSkip(task: Task, e: SkippedError): void {
  task.counters.subtasksSkippedErrors++;
  if (task.skipped.length < LIST_CAP) task.skipped.push(e);
}

function finish(task: Task, at: number): void {
  task.completionTime = at;
  task.simTime = Math.max(task.simTime, at);
  task.stall = null;
  task.retryAt = null;
  task.current = null;
  task.plan = null;
}

export function succeed(task: Task, at: number): void {
  if (task.counters.subtasksSkippedErrors > 0)
    addEvent(
      task,
      'SKIPPED_ERRORS',
      'skipped errors',
      `${task.counters.subtasksSkippedErrors} errors were skipped (skip_source_errors)`,
      false,
      at,
    );
  task.status = 'SUCCEEDED';
  addEvent(
    task,
    'SUCCEEDED',
    'succeeded',
    JSON.stringify({ files_succeeded: task.counters.filesTransferred }),
    false,
    at,
  );
  finish(task, at);
}

/** FAILED with a fatal error; the still-pending subtasks go to `bucket`. */
export function fail(
  task: Task,
  at: number,
  code: string,
  description: string,
  details: string,
  bucket: 'subtasksFailed' | 'subtasksCanceled' | 'subtasksExpired' = 'subtasksFailed',
): void {
  task.counters[bucket] += pending(task);
  task.status = 'FAILED';
  task.fatalError = { code, description };
  addEvent(task, code, description.toLowerCase(), details, true, at);
  finish(task, at);
}

export function cancel(task: Task, at: number, byAdmin: string | null): void {
  fail(
    task,
    at,
    'CANCELED',
    'canceled',
    byAdmin === null ? 'Canceled by the task owner' : `Canceled by an administrator: ${byAdmin}`,
    'subtasksCanceled',
  );
}

export function expire(task: Task, at: number): void {
  fail(task, at, 'EXPIRED', 'expired', 'The task deadline passed before it completed', 'subtasksExpired');
}

/** Moves between progressing and stalled, emitting PAUSED / UNPAUSED or a fault event once per change. */
export function setStall(task: Task, stall: Stall | null, at: number): void {
  const prev = task.stall;
  if (prev?.niceStatus === stall?.niceStatus && prev?.description === stall?.description) return;
  if (!!prev?.paused !== !!stall?.paused) onPauseChange(task, !!stall?.paused, at);
  if (prev?.paused && !stall?.paused) addEvent(task, 'UNPAUSED', 'unpaused', 'The task was resumed', false, at);
  if (stall?.paused) addEvent(task, 'PAUSED', 'paused', stall.description, false, at);
  else if (stall) {
    task.counters.faults++;
    addEvent(task, stall.niceStatus, stall.niceStatus.toLowerCase().replace(/_/g, ' '), stall.description, true, at);
  }
  task.stall = stall;
  task.status = stall?.inactive ? 'INACTIVE' : 'ACTIVE';
}
