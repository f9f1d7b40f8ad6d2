// Decides when a task deserves a notification: it finished or needs attention, and we either saw
// it running in this session or it was submitted from this app. Each (task, outcome) pair is
// announced once, however many polls, pages or components report it.
import { describeStatus } from '@/features/activity/model/task-status';
import type { Task } from '@/lib/globus/task';

export type Outcome = 'succeeded' | 'failed' | 'cancelled' | 'attention';
export interface TaskNotice {
  taskId: string;
  outcome: Outcome;
  title: string;
  body: string;
}

type Seen = 'running' | Outcome;

function outcomeOf(task: Task): Seen | null {
  const status = describeStatus(task);
  if (task.status === 'SUCCEEDED') return 'succeeded';
  if (task.status === 'FAILED') return status.label === 'Cancelled' ? 'cancelled' : 'failed';
  if (task.status === 'INACTIVE' || status.attention === 'consent' || status.attention === 'paused') return 'attention';
  if (task.status === 'ACTIVE') return 'running';
  return null;
}

const TITLES: Record<Outcome, string> = {
  succeeded: 'Task finished',
  failed: 'Task failed',
  cancelled: 'Task cancelled',
  attention: 'Task needs your attention',
};

export function taskName(task: Task): string {
  if (task.label) return task.label;
  const kind = task.type === 'DELETE' ? 'Delete' : 'Transfer';
  const route = task.destination_endpoint_display_name
    ? `${task.source_endpoint_display_name ?? '?'} → ${task.destination_endpoint_display_name}`
    : (task.source_endpoint_display_name ?? '');
  return route ? `${kind} ${route}` : `${kind} ${task.task_id.slice(0, 8)}`;
}

export function createTaskNotifier() {
  const lastSeen = new Map<string, Seen>();
  const notified = new Set<string>();
  const submittedHere = new Set<string>();

  return {
    /** Marks a task as submitted from this app: it is notified even if first seen finished. */
    track(taskId: string) {
      submittedHere.add(taskId);
    },
    /** Stops watching a task Transfer does not return (another identity's, or gone). */
    forget(taskId: string) {
      submittedHere.delete(taskId);
      lastSeen.delete(taskId);
    },
    /** Ids worth watching in the background: submitted here or seen running, not yet finished. */
    watchedIds(): string[] {
      const ids = new Set(submittedHere);
      for (const [id, seen] of lastSeen) if (seen === 'running' || seen === 'attention') ids.add(id);
      return [...ids].filter((id) => {
        const seen = lastSeen.get(id);
        return seen !== 'succeeded' && seen !== 'failed' && seen !== 'cancelled';
      });
    },
    observe(tasks: readonly Task[]): TaskNotice[] {
      const notices: TaskNotice[] = [];
      for (const task of tasks) {
        if (!task.task_id) continue;
        const now = outcomeOf(task);
        if (!now) continue;
        const before = lastSeen.get(task.task_id);
        lastSeen.set(task.task_id, now);
        if (now === 'running') continue;
        const watched =
          before === 'running' ||
          (before === undefined && submittedHere.has(task.task_id)) ||
          (before === 'attention' && now !== 'attention');
        const key = `${task.task_id}:${now}`;
        if (!watched || notified.has(key)) continue;
        notified.add(key);
        notices.push({
          taskId: task.task_id,
          outcome: now,
          title: TITLES[now],
          body: `${taskName(task)} — ${describeStatus(task).reason}`,
        });
      }
      return notices;
    },
  };
}
