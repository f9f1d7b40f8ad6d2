// Recorded Globus fixtures (copied from the shared API catalogue) for this feature's tests.
import type { Task, TaskList } from '@/lib/globus/task';

export interface Envelope<T = unknown> {
  method: string;
  path: string;
  query?: Record<string, string>;
  status: number;
  response_body: T;
}

const all = import.meta.glob<Envelope>('./fixtures/*.json', { eager: true, import: 'default' });

export function fixture<T = unknown>(name: string): Envelope<T> {
  const env = all[`./fixtures/${name}.json`];
  if (!env) throw new Error(`No fixture ${name}`);
  // Copies, so a test that edits a document cannot leak into another.
  return structuredClone(env) as Envelope<T>;
}

export const fixtureNames = () => Object.keys(all).map((k) => k.replace('./fixtures/', '').replace('.json', ''));

export const taskFixtureNames = () => fixtureNames().filter((n) => n.startsWith('transfer.get_task'));
export const taskListFixtureNames = () => fixtureNames().filter((n) => n.startsWith('transfer.task_list'));

/** An ACTIVE transfer based on the recorded one, with overrides. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  return { ...fixture<Task>('transfer.get_task').response_body, ...overrides };
}

export function makeTaskList(tasks: Task[], total = tasks.length): TaskList {
  return { DATA_TYPE: 'task_list', length: tasks.length, limit: tasks.length, offset: 0, total, DATA: tasks };
}
