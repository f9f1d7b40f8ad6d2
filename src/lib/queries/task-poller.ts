// One poll for every task this page follows. Features register the ids they care about (the file
// manager's tray, the activity notifications) and a single task_list request filtered to those ids
// answers all of them, once per tick. Each task's last document stays readable after it finishes
// and leaves the poll, so a finished task costs no more requests.
import { queryOptions } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import type { Task } from '@/lib/globus/task';
import { isFinished } from '@/lib/globus/task-status';
import { taskList } from '@/lib/globus/transfer-tasks';

/** One answer: the ids asked for and the tasks Transfer returned (an id missing is not this identity's). */
export interface TaskPollResult {
  ids: readonly string[];
  tasks: readonly Task[];
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function createTaskPoller() {
  const watchers = new Map<string, number>();
  const known = new Map<string, Task>();
  const missing = new Set<string>();
  let pollIds: readonly string[] = [];
  let lastAsked: readonly string[] = [];
  let error: unknown = null;
  const listeners = new Set<() => void>();
  const resultListeners = new Set<(result: TaskPollResult) => void>();

  const changed = () => {
    const next = [...watchers.keys()].filter((id) => !isFinished(known.get(id)) && !missing.has(id)).sort();
    if (!sameIds(next, pollIds)) pollIds = next;
    listeners.forEach((l) => l());
  };
  // A task nobody watches any more is forgotten, but only after the current render has committed:
  // an effect re-run unwatches and watches the same id again, and must not lose its document.
  const prune = () =>
    queueMicrotask(() => {
      let dropped = false;
      for (const id of [...known.keys(), ...missing]) {
        if (watchers.has(id)) continue;
        dropped = known.delete(id) || missing.delete(id) || dropped;
      }
      if (dropped) changed();
    });

  return {
    /** Follows these tasks until the returned function is called; several watchers of one id share it. */
    watch: (ids: readonly string[]): (() => void) => {
      for (const id of ids) watchers.set(id, (watchers.get(id) ?? 0) + 1);
      changed();
      return () => {
        for (const id of ids) {
          const n = (watchers.get(id) ?? 1) - 1;
          if (n > 0) watchers.set(id, n);
          else watchers.delete(id);
        }
        changed();
        prune();
      };
    },
    /** What the next poll asks for, sorted: watched, not known to have finished, not missing. */
    pollIds: () => pollIds,
    /** True while some watched id has not been asked for yet (just submitted, or just watched). */
    hasUnasked: () => pollIds.some((id) => !lastAsked.includes(id)),
    task: (taskId: string): Task | undefined => known.get(taskId),
    /** Asked for and not returned: another identity's task, or one that no longer exists. */
    isMissing: (taskId: string) => missing.has(taskId),
    /** The last poll's failure, null once a poll succeeds. */
    error: () => error,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** Every answer, as it arrives (the notifications read tasks from here). */
    onResult: (listener: (result: TaskPollResult) => void) => {
      resultListeners.add(listener);
      return () => {
        resultListeners.delete(listener);
      };
    },
    /** One task_list request for every id being polled. */
    poll: async (http: GlobusHttp, signal?: AbortSignal): Promise<TaskPollResult> => {
      const ids = pollIds;
      lastAsked = ids;
      if (!ids.length) return { ids, tasks: [] };
      try {
        const page = await taskList(
          http,
          { filter: `task_id:${ids.join(',')}`, orderby: 'request_time DESC', limit: ids.length, offset: 0 },
          { signal },
        );
        const result: TaskPollResult = { ids, tasks: page.DATA };
        error = null;
        // Ids unwatched while the request was out are not kept.
        for (const task of result.tasks) if (watchers.has(task.task_id)) known.set(task.task_id, task);
        for (const id of ids) if (watchers.has(id) && !result.tasks.some((t) => t.task_id === id)) missing.add(id);
        resultListeners.forEach((l) => l(result));
        changed();
        return result;
      } catch (e) {
        if (!signal?.aborted) {
          error = e;
          changed();
        }
        throw e;
      }
    },
    /** Forgets everything (tests: a fresh page). */
    reset: () => {
      watchers.clear();
      known.clear();
      missing.clear();
      pollIds = [];
      lastAsked = [];
      error = null;
      changed();
    },
  };
}

export type TaskPoller = ReturnType<typeof createTaskPoller>;

/** The page's one poller. */
export const taskPoller = createTaskPoller();

export const taskPollQueryOptions = (http: GlobusHttp, poller: TaskPoller = taskPoller) =>
  queryOptions({
    // Under `tasks`, so whatever refreshes task data (a cancel, a resubmit) refreshes this too.
    queryKey: ['tasks', 'poll'] as const,
    queryFn: ({ signal }) => poller.poll(http, signal),
  });
