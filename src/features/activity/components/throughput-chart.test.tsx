// The throughput chart draws the rates between the samples this session has seen.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThroughputChart } from '@/features/activity/components/throughput-chart';
import { getSamples, recordTasks, resetSamplesForTests } from '@/features/activity/model/throughput';
import { makeTask } from '@/features/activity/test/fixtures';

const T0 = Date.parse('2024-05-01T10:00:00Z');
const at = (bytes: number, status: 'ACTIVE' | 'SUCCEEDED' = 'ACTIVE') => [
  makeTask({ task_id: 't', bytes_transferred: bytes, status }),
];

beforeEach(() => resetSamplesForTests());
afterEach(() => cleanup());

describe('ThroughputChart', () => {
  it('asks for patience until two rates are known, then draws and summarises them', () => {
    recordTasks(at(0), T0);
    recordTasks(at(1e6), T0 + 5_000);
    render(<ThroughputChart taskId="t" running />);
    expect(screen.getByText('The chart fills in as this page watches the task.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();

    // A poll arriving later updates the mounted chart.
    act(() => recordTasks(at(3e6), T0 + 10_000));
    const img = screen.getByRole('img');
    expect(img.getAttribute('aria-label')).toBe('Throughput over the last 1 min: now 400 kB/s, peak 400 kB/s');
    // 200 kB/s then 400 kB/s: the first point is half the height of the peak.
    const points = img.querySelector('polyline')!.getAttribute('points')!.split(' ');
    expect(points).toEqual(['0.0,50.0', '480.0,4.0']);
  });

  it('ignores repeated polls at the same moment and stops sampling a finished task once its final count is in', () => {
    recordTasks(at(0), T0);
    recordTasks(at(0), T0); // list and task page reporting the same poll
    recordTasks(at(2e6), T0 + 10_000);
    recordTasks(at(4e6, 'SUCCEEDED'), T0 + 20_000);
    recordTasks(at(4e6, 'SUCCEEDED'), T0 + 80_000);
    recordTasks(at(4e6, 'SUCCEEDED'), T0 + 140_000);
    expect(getSamples('t').map((s) => s.bytes)).toEqual([0, 2e6, 4e6]);
    render(<ThroughputChart taskId="t" running={false} />);
    expect(screen.getByRole('img').getAttribute('aria-label')).toBe(
      'Throughput over the last 1 min: finished, peak 200 kB/s',
    );
  });

  it('says when a finished task was never watched running', () => {
    recordTasks(at(4e6, 'SUCCEEDED'), T0);
    render(<ThroughputChart taskId="t" running={false} />);
    expect(screen.getByText('This session did not watch the task while it ran.')).toBeTruthy();
  });
});
