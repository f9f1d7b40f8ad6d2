import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTypedEvent } from '@/lib/events/typed-event';
import { taskSubmitted, type TaskSubmitted } from '@/lib/events/task-submitted';

afterEach(() => vi.unstubAllGlobals());

describe('typed event channel', () => {
  it('delivers each payload to every subscriber until it unsubscribes', () => {
    const event = createTypedEvent<{ n: number }>();
    const a: number[] = [];
    const b: number[] = [];
    const stopA = event.subscribe((p) => a.push(p.n));
    event.subscribe((p) => b.push(p.n));
    event.emit({ n: 1 });
    stopA();
    event.emit({ n: 2 });
    expect([a, b]).toEqual([[1], [1, 2]]);
  });

  it('a throwing listener is reported and the others still hear the event', () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const event = createTypedEvent<string>();
    const heard: string[] = [];
    event.subscribe(() => {
      throw new Error('boom');
    });
    event.subscribe((p) => heard.push(p));
    event.emit('x');
    expect(heard).toEqual(['x']);
    expect(reported).toHaveBeenCalledWith(new Error('boom'));
  });

  it('a listener added while an emit runs hears only later emits', () => {
    const event = createTypedEvent<number>();
    const late: number[] = [];
    event.subscribe(() => event.subscribe((n) => late.push(n)));
    event.emit(1);
    expect(late).toEqual([]);
    event.emit(2);
    expect(late).toEqual([2]);
  });

  it('task submissions carry the task id, label and kind', () => {
    const seen: TaskSubmitted[] = [];
    const stop = taskSubmitted.subscribe((t) => seen.push(t));
    taskSubmitted.emit({ taskId: 't-1', label: 'nightly', kind: 'transfer' });
    stop();
    taskSubmitted.emit({ taskId: 't-2', label: 'ignored', kind: 'delete' });
    expect(seen).toEqual([{ taskId: 't-1', label: 'nightly', kind: 'transfer' }]);
  });
});
