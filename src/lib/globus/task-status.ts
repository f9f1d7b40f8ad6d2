import type { Task } from '@/lib/globus/task';

// Status predicates over the task document. Statuses: ACTIVE (in progress), INACTIVE (suspended,
// needs intervention), SUCCEEDED, FAILED (failed, expired or cancelled).

type WithStatus = Pick<Task, 'status'> | null | undefined;

export function isFinished(task: WithStatus): boolean {
  return task?.status === 'SUCCEEDED' || task?.status === 'FAILED';
}

/** ACTIVE and INACTIVE tasks can still change; a task without a status is not counted as running. */
export function isRunning(task: WithStatus): boolean {
  return !!task && !isFinished(task) && task.status != null;
}
