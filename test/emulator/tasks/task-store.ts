/**
 * Tasks of one world (rebuilt on reset): records in submission order, idempotency keys
 * (submission_id per account), pause rules and admin-cancel records.
 */
import type { PauseRule } from './pause-rules';
import type { Task } from './task-model';

export interface AdminCancel {
  id: string;
  taskIds: string[];
  message: string;
  createdBy: string;
  time: number;
  /** False until the tasks were processed (ADMIN_CANCEL_SECONDS after `time`); older dumps lack it (done). */
  done?: boolean;
  /** Which side of each task the administrator manages, as found when the cancel was asked for. */
  sides?: Record<string, 'SOURCE' | 'DESTINATION' | 'BOTH'>;
}

export class TaskStore {
  readonly byId = new Map<string, Task>();
  /** Submission order (request_time ascending). */
  readonly ordered: Task[] = [];
  readonly bySubmission = new Map<string, string>();
  readonly pauseRules = new Map<string, PauseRule>();
  readonly adminCancels = new Map<string, AdminCancel>();
  /** Tasks not finished yet, in submission order: the engine only visits these. */
  readonly running = new Set<Task>();
  /** Latest completion time per (account, type): when a queued task's slot became free. */
  readonly freedAt = new Map<string, number>();

  add(task: Task, run = true): void {
    this.byId.set(task.id, task);
    this.ordered.push(task);
    this.bySubmission.set(`${task.ownerId}\u0000${task.submissionId}`, task.id);
    if (run) this.running.add(task);
  }

  get(id: string): Task | undefined {
    return this.byId.get(id.toLowerCase());
  }

  bySubmissionId(ownerId: string, submissionId: string): Task | undefined {
    const id = this.bySubmission.get(`${ownerId}\u0000${submissionId}`);
    return id ? this.byId.get(id) : undefined;
  }

  /** Is a collection used by an unfinished task of this account (or of anyone when null)? */
  inUse(collectionId: string, ownerId: string | null): boolean {
    for (const t of this.running)
      if (
        (ownerId === null || t.ownerId === ownerId) &&
        (t.sourceId === collectionId || t.destinationId === collectionId)
      )
        return true;
    return false;
  }
}
