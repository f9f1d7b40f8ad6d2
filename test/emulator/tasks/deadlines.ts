/**
 * Transfer's automatic deadlines (docs/protocol/tasks.md#deadlines [C]): a transfer submitted without a
 * deadline starts at +24 h; while it progresses the deadline is pushed to 72 h after the last
 * completed unit; a queued task is pushed to +24 h; a paused one gets +90 days, reset to +24 h
 * on unpause. Delete tasks keep their +24 h. A deadline the user chose (at submission or by
 * PUT) is never moved.
 */
import type { Task } from './task-model';

export const DAY = 86_400;
const PROGRESS_WINDOW = 3 * DAY;
const PAUSED_WINDOW = 90 * DAY;

function auto(t: Task): boolean {
  return t.type === 'TRANSFER' && !t.userDeadline;
}

/** After a unit completed. */
export function onProgress(t: Task, at: number): void {
  if (auto(t)) t.deadline = Math.max(t.deadline, Math.floor(at) + PROGRESS_WINDOW);
}

/** While waiting for a slot of its account. */
export function onQueued(t: Task, now: number): void {
  if (auto(t)) t.deadline = Math.max(t.deadline, Math.floor(now) + DAY);
}

/** Pause state changed (admin pause or pause rule). */
export function onPauseChange(t: Task, paused: boolean, at: number): void {
  if (auto(t)) t.deadline = Math.floor(at) + (paused ? PAUSED_WINDOW : DAY);
}
