// Task documents for this feature's tests, built on the recorded Globus exchanges every test shares.
import type { Task, TaskList } from '@/lib/globus/task';
import { fixture, fixtureNames } from '@/test/globus-fixtures';

export { fixture } from '@/test/globus-fixtures';

export const taskFixtureNames = () => fixtureNames().filter((n) => n.startsWith('transfer.get_task'));
export const taskListFixtureNames = () => fixtureNames().filter((n) => n.startsWith('transfer.task_list'));

/** An ACTIVE transfer based on the recorded one, with overrides. */
export function makeTask(overrides: Partial<Task> = {}): Task {
  return { ...fixture<Task>('transfer.get_task').response_body, ...overrides };
}

export function makeTaskList(tasks: Task[], total = tasks.length): TaskList {
  return { DATA_TYPE: 'task_list', length: tasks.length, limit: tasks.length, offset: 0, total, DATA: tasks };
}
