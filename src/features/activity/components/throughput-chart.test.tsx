// The throughput chart: the rates between the samples this tab saw while polling, or, for a task it did not
// watch, the rates its events and counters give; with labelled axes either way.
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThroughputChart } from '@/features/activity/components/throughput-chart';
import { getSamples, recordTasks, resetSamplesForTests } from '@/features/activity/model/throughput';
import { makeTask } from '@/features/activity/test/fixtures';
import type { Task } from '@/lib/globus/task';
import { createFakeHttp } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

const T0 = Date.parse('2024-05-01T10:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
const at = (bytes: number, status: 'ACTIVE' | 'SUCCEEDED' = 'ACTIVE') => [
  makeTask({ task_id: 't', bytes_transferred: bytes, status }),
];
const event = (code: string, ms: number, details = '') => ({
  DATA_TYPE: 'event' as const,
  code,
  description: code.toLowerCase(),
  details,
  is_error: false,
  time: iso(ms),
});

/** The chart for `task`, answering event_list with `events` (newest first, as Transfer does). */
function renderChart(task: Task, events: ReturnType<typeof event>[] = []) {
  const fake = createFakeHttp().on('GET', `task/${task.task_id}/event_list`, () => ({
    DATA_TYPE: 'event_list',
    DATA: events,
    total: events.length,
    offset: 0,
    limit: 1000,
  }));
  renderWithServices({ http: fake.http, element: <ThroughputChart task={task} /> });
  return fake;
}

beforeEach(() => resetSamplesForTests());
afterEach(() => cleanup());

describe('ThroughputChart', () => {
  it('draws the polled rates with axes, and updates as polls arrive', async () => {
    recordTasks(at(0), T0);
    recordTasks(at(1e6), T0 + 5_000);
    recordTasks(at(3e6), T0 + 10_000);
    renderChart(at(3e6)[0]!);
    const img = await screen.findByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Throughput over the last 1 min: now 400 kB/s, peak 400 kB/s');
    // 200 kB/s over the first 5 s, then 400 kB/s: half the height of the peak, then the peak.
    expect(img.querySelector('polyline')!.getAttribute('points')!.split(' ')).toEqual([
      '0.0,50.0',
      '240.0,50.0',
      '480.0,4.0',
    ]);
    // Axes: speed from 0 to the peak, time from the first sample to the last.
    expect(screen.getByText('0 B/s')).toBeTruthy();
    expect(screen.getAllByText('400 kB/s').length).toBeGreaterThan(0);
    expect(screen.getByTestId('throughput-time-axis').textContent).toMatch(/time \(10 s shown\)/);
    act(() => recordTasks(at(9e6), T0 + 20_000));
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Throughput over the last 1 min: now 600 kB/s, peak 600 kB/s',
    );
  });

  it('ignores repeated polls at the same moment and stops sampling a finished task once its final count is in', () => {
    recordTasks(at(0), T0);
    recordTasks(at(0), T0); // list and task page reporting the same poll
    recordTasks(at(2e6), T0 + 10_000);
    recordTasks(at(4e6, 'SUCCEEDED'), T0 + 20_000);
    recordTasks(at(4e6, 'SUCCEEDED'), T0 + 80_000);
    recordTasks(at(4e6, 'SUCCEEDED'), T0 + 140_000);
    expect(getSamples('t').map((s) => s.bytes)).toEqual([0, 2e6, 4e6]);
  });

  it('for a task this tab never watched, builds the chart from its STARTED and PROGRESS events and its counters', async () => {
    const task = makeTask({
      task_id: 'old',
      status: 'SUCCEEDED',
      request_time: iso(T0 - 30_000),
      completion_time: iso(T0 + 180_000),
      bytes_transferred: 9e6,
    });
    recordTasks([task], T0 + 600_000); // one poll of the finished task: no rate of its own
    renderChart(task, [
      event('SUCCEEDED', T0 + 180_000),
      event('PROGRESS', T0 + 120_000, JSON.stringify({ bytes_transferred: 6e6, files_transferred: 2 })),
      event('PROGRESS', T0 + 60_000, JSON.stringify({ bytes_transferred: 1.2e6, files_transferred: 1 })),
      event('STARTED', T0, JSON.stringify({ type: 'GridFTP Transfer', concurrency: 2 })),
    ]);
    const img = await screen.findByRole('img');
    // 20 kB/s, then 80 kB/s, then 50 kB/s over the three minutes after it started.
    expect(img.getAttribute('aria-label')).toBe('Throughput from the task’s history: finished, peak 80.0 kB/s');
    expect(img.querySelector('polyline')!.getAttribute('points')!.split(' ')).toEqual([
      '0.0,73.0',
      '160.0,73.0',
      '320.0,4.0',
      '480.0,38.5',
    ]);
    expect(screen.getByText('(from the task’s events and counters)')).toBeTruthy();
    expect(screen.getByTestId('throughput-time-axis').textContent).toMatch(/time \(3 min shown\)/);
  });

  it('says when Transfer kept no record of a finished task’s progress', async () => {
    renderChart(makeTask({ task_id: 'gone', status: 'SUCCEEDED', bytes_transferred: null }));
    expect(await screen.findByText('Transfer kept no record of this task’s progress over time.')).toBeTruthy();
  });
});
