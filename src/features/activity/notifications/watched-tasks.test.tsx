// Tasks submitted in this browser are watched across a reload: kept in IndexedDB, pruned once finished.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FAST_INTERVAL_MS } from '@/lib/queries/polling-policy';
import { taskSubmitted } from '@/lib/events/task-submitted';
import { resetNotificationsForTests } from '@/features/activity/notifications/activity-notifications';
import { loadWatchedTasks, WATCH_MAX_AGE_MS, watchedTasksStore } from '@/features/activity/notifications/watched-tasks';
import { createFakeHttp } from '@/test/fake-http';
import { makeTask, makeTaskList } from '@/features/activity/test/fixtures';
import { renderActivity, setTabHidden } from '@/features/activity/test/render';
import { routeTo } from '@/lib/routes/paths';
import { eventually } from '@/test/eventually';

const running = makeTask({ task_id: 't-1', label: 'Nightly', status: 'ACTIVE' });
const finished = { ...running, status: 'SUCCEEDED' as const, completion_time: '2024-01-01T00:00:00+00:00' };
const storedIds = async () => (await watchedTasksStore.entries()).map(([id]) => id).sort();
const tick = (ms = FAST_INTERVAL_MS) => act(() => vi.advanceTimersByTimeAsync(ms));
const submit = (taskId: string) => act(() => taskSubmitted.emit({ taskId, label: 'Nightly', kind: 'transfer' }));

beforeEach(async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  setTabHidden(false);
  await resetNotificationsForTests();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('watched tasks', () => {
  it('keeps watching a task submitted before a reload and toasts once when it finishes', async () => {
    const before = createFakeHttp().on('GET', 'task_list', () => makeTaskList([running]));
    renderActivity(before, routeTo.files());
    submit('t-1');
    await eventually(() => expect(before.count('task_list')).toBe(1));
    await eventually(async () => expect(await storedIds()).toEqual(['t-1']));

    // Reload: this page's memory is gone, IndexedDB is not.
    cleanup();
    await resetNotificationsForTests({ reload: true });
    const after = createFakeHttp().on('GET', 'task_list', () => makeTaskList([finished]));
    renderActivity(after, routeTo.files());
    expect(await screen.findByText('Task finished')).toBeTruthy();
    expect(after.calls[0]!.query).toMatchObject({ filter: 'task_id:t-1' });
    await eventually(async () => expect(await storedIds()).toEqual([]));

    // Less than the 10 s a success toast stays, so a repeat would still be on screen.
    await tick(4000);
    await tick(4000);
    expect(screen.getAllByText('Task finished')).toHaveLength(1);
    expect(after.count('task_list')).toBe(1);
  });

  it('a finished task is not announced again after the next reload', async () => {
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList([finished]));
    renderActivity(fake, routeTo.files());
    submit('t-1');
    expect(await screen.findByText('Task finished')).toBeTruthy();
    await eventually(async () => expect(await storedIds()).toEqual([]));

    cleanup();
    await resetNotificationsForTests({ reload: true });
    const after = createFakeHttp(); // any request would fail the test
    renderActivity(after, routeTo.files());
    await tick();
    expect(screen.queryByText('Task finished')).toBeNull();
  });

  it('drops ids Transfer does not return for this user and stops asking for them', async () => {
    await watchedTasksStore.set('someone-else', { since: Date.now() });
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList([]));
    renderActivity(fake, routeTo.files());
    await eventually(() => expect(fake.count('task_list')).toBe(1));
    await eventually(async () => expect(await storedIds()).toEqual([]));
    await tick();
    await tick();
    expect(fake.count('task_list')).toBe(1);
  });

  it('forgets entries older than the maximum age without asking Transfer', async () => {
    const now = Date.now();
    await watchedTasksStore.set('old', { since: now - WATCH_MAX_AGE_MS - 1 });
    await watchedTasksStore.set('recent', { since: now - 1000 });
    expect(await loadWatchedTasks(now)).toEqual(['recent']);
    expect(await storedIds()).toEqual(['recent']);
  });
});
