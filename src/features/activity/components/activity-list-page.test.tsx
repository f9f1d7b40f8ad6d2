// The live list: one task_list request per tick, none while hidden, backoff and recovery, windowed rows.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NetworkError } from '@/lib/globus/errors';
import { FAST_INTERVAL_MS } from '@/lib/queries/polling-policy';
import type { Task } from '@/lib/globus/task';
import { createFakeHttp, httpError } from '@/test/fake-http';
import { makeTask, makeTaskList } from '@/features/activity/test/fixtures';
import { emulateLayout, renderActivity, resetActivityState, setTabHidden } from '@/features/activity/test/render';
import { routeTo } from '@/lib/routes/paths';
import { eventually } from '@/test/eventually';

const active = (n: number): Task[] =>
  Array.from({ length: n }, (_, i) =>
    makeTask({
      task_id: `task-${i}`,
      label: `Run ${i}`,
      status: 'ACTIVE',
      files: 10,
      files_transferred: i % 10,
      bytes_transferred: 1e6 * i,
    }),
  );

let restoreLayout = () => {};
beforeEach(async () => {
  restoreLayout = emulateLayout();
  await resetActivityState();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  onlineManager.setOnline(true);
  cleanup();
  restoreLayout();
  vi.useRealTimers();
});

const tick = (ms = FAST_INTERVAL_MS) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('ActivityListPage', () => {
  it('serves 50 active tasks with one task_list request per tick and nothing else', async () => {
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList(active(50)));
    renderActivity(fake);
    expect(await screen.findByRole('link', { name: 'Run 0' })).toBeTruthy();
    expect(fake.count('task_list')).toBe(1);
    expect(fake.calls[0]!.query).toMatchObject({
      filter: 'type:TRANSFER,DELETE',
      orderby: 'request_time DESC',
      limit: 100,
      offset: 0,
    });
    await tick();
    expect(fake.count('task_list')).toBe(2);
    await tick();
    expect(fake.count('task_list')).toBe(3);
    expect(fake.calls).toHaveLength(3);
  });

  it('offline: says so, keeps the rows, asks nothing, and refreshes by itself on reconnect', async () => {
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList(active(2)));
    renderActivity(fake);
    expect(await screen.findByRole('link', { name: 'Run 1' })).toBeTruthy();
    act(() => onlineManager.setOnline(false));
    expect(screen.getByText('You are offline.').closest('[role="status"]')?.textContent).toMatch(
      /Updates resume by themselves when the connection returns/,
    );
    const before = fake.count('task_list');
    await tick();
    await tick();
    expect(fake.count('task_list')).toBe(before);
    expect(screen.getByRole('link', { name: 'Run 1' })).toBeTruthy();
    act(() => onlineManager.setOnline(true));
    await eventually(() => expect(fake.count('task_list')).toBeGreaterThan(before));
    await eventually(() => expect(screen.queryByText(/You are offline/)).toBeNull());
  });

  it('a single-file transfer shows bytes and speed with a moving bar instead of 0%', async () => {
    const task = makeTask({
      task_id: 'big',
      label: 'One big file',
      type: 'TRANSFER',
      status: 'ACTIVE',
      files: 1,
      files_transferred: 0,
      bytes_transferred: 1.2e9,
      effective_bytes_per_second: 35e6,
    });
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList([task]));
    renderActivity(fake);
    const row = (await screen.findByRole('link', { name: 'One big file' })).closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('1.20 GB').tagName).toBe('STRONG');
    expect(within(row).getByText(/at 35\.0 MB\/s · 0 of 1 file/)).toBeTruthy();
    expect(within(row).queryByText(/0%/)).toBeNull();
    const bar = within(row).getByRole('progressbar', { name: 'Progress of One big file' });
    expect(bar.getAttribute('aria-valuenow')).toBeNull();
    expect(bar.getAttribute('aria-valuetext')).toBe('1.20 GB transferred');
    expect(bar.hasAttribute('data-indeterminate')).toBe(true);
  });

  it('a task with nothing measured yet says it is starting or counting, never "0 B · 0 of N files" beside a full bar', async () => {
    const starting = makeTask({
      task_id: 's',
      label: 'Denied at once',
      status: 'ACTIVE',
      nice_status: 'PERMISSION_DENIED',
      is_ok: false,
      files: 3,
      files_transferred: 0,
      files_skipped: 0,
      subtasks_succeeded: 0,
      bytes_transferred: 0,
    });
    const counting = makeTask({
      task_id: 'c',
      label: 'Just submitted',
      status: 'ACTIVE',
      nice_status: 'OK',
      is_ok: true,
      files: 0,
      files_transferred: 0,
      files_skipped: 0,
      subtasks_total: 0,
      subtasks_succeeded: 0,
      bytes_transferred: 0,
    });
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList([starting, counting]));
    renderActivity(fake);
    const rowOf = async (name: string) =>
      (await screen.findByRole('link', { name })).closest('[role="row"]') as HTMLElement;
    const denied = await rowOf('Denied at once');
    expect(within(denied).getByText('Starting · 3 files to copy')).toBeTruthy();
    expect(within(denied).queryByText(/0 B/)).toBeNull();
    // Stalled: an empty track, not a bar filled in red.
    const deniedBar = within(denied).getByRole('progressbar');
    expect(deniedBar.getAttribute('aria-valuetext')).toBe('Starting · 3 files to copy');
    expect(deniedBar.childElementCount).toBe(0);
    const fresh = await rowOf('Just submitted');
    expect(within(fresh).getByText('Counting files…')).toBeTruthy();
    const freshBar = within(fresh).getByRole('progressbar');
    expect(freshBar.hasAttribute('data-indeterminate')).toBe(true);
    expect((freshBar.firstElementChild as HTMLElement).className).not.toContain('w-full');
  });

  it('a few-file transfer with no speed yet (retrying) shows bytes and files without an empty rate', async () => {
    const task = makeTask({
      task_id: 'q',
      label: 'Waiting for space',
      type: 'TRANSFER',
      status: 'ACTIVE',
      nice_status: 'QUOTA_EXCEEDED',
      files: 2,
      files_transferred: 1,
      bytes_transferred: 4,
      effective_bytes_per_second: 0,
    });
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList([task]));
    renderActivity(fake);
    const row = (await screen.findByRole('link', { name: 'Waiting for space' })).closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText(/over its storage quota/)).toBeTruthy();
    const line = within(row).getByText('4 B').parentElement!;
    expect(line.textContent).toBe('4 B · 1 of 2 files');
  });

  it('shows names, route, status reason and progress for a row', async () => {
    const task = makeTask({
      task_id: 'a',
      label: 'Genomes',
      files: 10,
      files_transferred: 4,
      bytes_transferred: 4e9,
      effective_bytes_per_second: 2e8,
    });
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList([task]));
    renderActivity(fake);
    const link = await screen.findByRole('link', { name: 'Genomes' });
    const row = link.closest('[role="row"]') as HTMLElement;
    // Source and destination each on a line of their own, the whole route in the cell's title.
    const route = within(row).getByTitle('Globus Tutorial Endpoint 1 → Globus Tutorial Endpoint 2');
    expect([...route.children].map((c) => c.textContent)).toEqual([
      'Globus Tutorial Endpoint 1',
      '→ Globus Tutorial Endpoint 2',
    ]);
    expect(route.textContent).toBe('Globus Tutorial Endpoint 1 → Globus Tutorial Endpoint 2');
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('40% · 4.00 GB · 4 of 10 files')).toBeTruthy();
    expect(within(row).getByText('200 MB/s')).toBeTruthy();
    expect(within(row).getByText('30 s')).toBeTruthy();
    expect(within(row).getByRole('progressbar', { name: 'Progress of Genomes' }).getAttribute('aria-valuenow')).toBe(
      '40',
    );
  });

  it('makes no requests while the tab is hidden and catches up when shown', async () => {
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList(active(3)));
    renderActivity(fake);
    await screen.findByRole('link', { name: 'Run 0' });
    setTabHidden(true);
    await tick(60_000);
    expect(fake.count('task_list')).toBe(1);
    act(() => setTabHidden(false));
    await tick(10);
    expect(fake.count('task_list')).toBe(2);
    await tick();
    expect(fake.count('task_list')).toBe(3);
  });

  it('backs off on 429 and network loss, keeps the rows on screen, and recovers by itself', async () => {
    let mode: 'ok' | '429' | 'offline' = 'ok';
    const fake = createFakeHttp().on('GET', 'task_list', () =>
      mode === '429'
        ? httpError(429, { code: 'RateLimited', message: 'slow down' })
        : mode === 'offline'
          ? new NetworkError()
          : makeTaskList(active(3)),
    );
    renderActivity(fake);
    await screen.findByRole('link', { name: 'Run 0' });
    mode = '429';
    await tick(); // request 2 fails
    expect(fake.count('task_list')).toBe(2);
    expect(await screen.findByText(/Globus asked us to slow down/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Run 0' })).toBeTruthy();
    mode = 'offline';
    await tick(FAST_INTERVAL_MS); // backed off to 10 s: nothing yet
    expect(fake.count('task_list')).toBe(2);
    await tick(FAST_INTERVAL_MS); // request 3 fails (offline)
    expect(fake.count('task_list')).toBe(3);
    expect(await screen.findByText(/Cannot reach Globus/)).toBeTruthy();
    mode = 'ok';
    await tick(4 * FAST_INTERVAL_MS); // 20 s backoff, then success
    expect(fake.count('task_list')).toBe(4);
    expect(screen.queryByText(/Cannot reach Globus/)).toBeNull();
    await tick();
    expect(fake.count('task_list')).toBe(5);
  });

  it('renders 1,000 tasks as a window of row elements', async () => {
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList(active(1000), 1000));
    renderActivity(fake, `${routeTo.activity()}?limit=1000`);
    const table = await screen.findByRole('table', { name: 'Tasks' });
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
  });

  it('sends filters as task_list filter strings and notes the 1,000-task cap', async () => {
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList(active(100), 2500));
    renderActivity(fake, `${routeTo.activity()}?status=FAILED&q=night&from=2024-01-01`);
    await screen.findByRole('link', { name: 'Run 0' });
    expect(fake.calls[0]!.query).toMatchObject({
      filter: 'type:TRANSFER,DELETE/status:FAILED/label:~*night*/request_time:2024-01-01 00:00:00,',
    });
    expect(screen.getByRole('note').textContent).toMatch(/at most the first 1,000 matching tasks/);
  });

  it('toasts once when a watched task finishes, however many polls report it', async () => {
    let status: 'ACTIVE' | 'SUCCEEDED' = 'ACTIVE';
    const fake = createFakeHttp().on('GET', 'task_list', () =>
      makeTaskList([makeTask({ task_id: 'x', label: 'Big copy', status })]),
    );
    renderActivity(fake);
    await screen.findByRole('link', { name: 'Big copy' });
    status = 'SUCCEEDED';
    await tick();
    const region = await screen.findByRole('region', { name: 'Task notifications' });
    expect(within(region).getAllByText('Task finished')).toHaveLength(1);
    expect(screen.getByTestId('activity-live-region').textContent).toMatch(/Task finished: Big copy/);
    // Good news fades after 10 s; later polls reporting the same outcome must not raise it again.
    await tick(60_000);
    await tick(60_000);
    expect(fake.count('task_list')).toBeGreaterThanOrEqual(4);
    expect(within(region).queryAllByText('Task finished')).toHaveLength(0);
  });

  it('searches labels after a pause in typing, not per keystroke, and keeps the search in the URL', async () => {
    const fake = createFakeHttp().on('GET', 'task_list', () => makeTaskList(active(3)));
    const { router } = renderActivity(fake);
    await screen.findByRole('link', { name: 'Run 0' });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime, delay: 100 });
    await user.type(screen.getByRole('searchbox', { name: 'Label contains' }), 'night');
    // Five keystrokes 100 ms apart: nothing sent yet.
    expect(fake.count('task_list')).toBe(1);
    await tick(300);
    await eventually(() => expect(fake.count('task_list')).toBe(2));
    expect(fake.calls[1]!.query).toMatchObject({ filter: 'type:TRANSFER,DELETE/label:~*night*', offset: 0 });
    expect(router.state.location.search).toBe('?q=night');
    await tick(1000);
    expect(fake.count('task_list')).toBe(2);
  });
});
