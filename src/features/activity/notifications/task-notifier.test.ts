import { describe, expect, it } from 'vitest';
import { createTaskNotifier } from '@/features/activity/notifications/task-notifier';
import { makeTask } from '@/features/activity/test/fixtures';

const running = makeTask({ task_id: 't1', label: 'Nightly', status: 'ACTIVE' });
const done = makeTask({
  task_id: 't1',
  label: 'Nightly',
  status: 'SUCCEEDED',
  completion_time: '2024-01-01T00:00:00+00:00',
});

describe('createTaskNotifier', () => {
  it('notifies once when a task seen running finishes, however often it is reported', () => {
    const n = createTaskNotifier();
    expect(n.observe([running])).toEqual([]);
    const first = n.observe([done]);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ taskId: 't1', outcome: 'succeeded', title: 'Task finished' });
    expect(n.observe([done])).toEqual([]);
    expect(n.observe([running, done])).toEqual([]);
  });
  it('stays quiet about tasks that had already finished when first seen, unless submitted here', () => {
    const n = createTaskNotifier();
    expect(n.observe([done])).toEqual([]);
    const m = createTaskNotifier();
    m.track('t1');
    expect(m.observe([done]).map((x) => x.outcome)).toEqual(['succeeded']);
  });
  it('raises attention for a running task that becomes INACTIVE, then its outcome', () => {
    const n = createTaskNotifier();
    n.observe([running]);
    expect(n.observe([{ ...running, status: 'INACTIVE' }]).map((x) => x.outcome)).toEqual(['attention']);
    expect(
      n
        .observe([{ ...running, status: 'FAILED', fatal_error: { code: 'CANCELED', description: '' } }])
        .map((x) => x.outcome),
    ).toEqual(['cancelled']);
    expect(n.watchedIds()).toEqual([]);
  });
});
