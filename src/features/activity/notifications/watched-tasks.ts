// Tasks submitted from this browser, kept in IndexedDB so that a reload (or a new tab) keeps
// watching them and still raises the "finished" toast. One key per task, so concurrent tabs
// adding and removing different tasks never overwrite each other.
import { createKeyValueStore } from '@/lib/storage/kv-store';

type Entry = { since: number };

export const watchedTasksStore = createKeyValueStore<Entry>('activity-watched-tasks');

/** Older entries are dropped unread: a task that old has long finished or expired. */
export const WATCH_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

const swallow = () => {}; // IndexedDB refused (private window): watching lasts for this page only

export function rememberWatchedTask(taskId: string, now = Date.now()): Promise<void> {
  return watchedTasksStore.set(taskId, { since: now }).catch(swallow);
}

export function forgetWatchedTasks(taskIds: readonly string[]): Promise<void> {
  return Promise.all(taskIds.map((id) => watchedTasksStore.delete(id))).then(swallow, swallow);
}

/** Ids still worth watching; expired entries are removed on the way. */
export async function loadWatchedTasks(now = Date.now()): Promise<string[]> {
  let all: [string, Entry][];
  try {
    all = await watchedTasksStore.entries();
  } catch {
    return [];
  }
  const expired = all
    .filter(([, e]) => !(typeof e?.since === 'number' && now - e.since < WATCH_MAX_AGE_MS))
    .map(([id]) => id);
  if (expired.length) await forgetWatchedTasks(expired);
  return all.map(([id]) => id).filter((id) => !expired.includes(id));
}
