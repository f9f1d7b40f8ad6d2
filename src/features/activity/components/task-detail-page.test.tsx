// Task page: grouped fields, event log filter, cancel result, unknown id, consent fix.
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventList, Task } from '@/lib/globus/task';
import { createFakeHttp, httpError } from '@/test/fake-http';
import { fixture } from '@/features/activity/test/fixtures';
import { renderActivity, resetActivityState } from '@/features/activity/test/render';
import { routeTo } from '@/lib/routes/paths';
import { eventually } from '@/test/eventually';

const ID = 'b8872740-7edc-11ec-9f33-ed182a728dff';
const activeTask = () => fixture<Task>('transfer.get_task').response_body;
const events = () => fixture<EventList>('transfer.task_event_list').response_body;

function taskServer(task: Task) {
  return createFakeHttp()
    .on('GET', `task/${ID}`, () => task)
    .on('GET', `task/${ID}/event_list`, (req) => {
      const doc = events();
      return req.query?.filter === 'is_error:1' ? { ...doc, DATA: doc.DATA.filter((e) => e.is_error), total: 2 } : doc;
    })
    .on(
      'GET',
      `task/${ID}/successful_transfers`,
      () => fixture('transfer.endpoint_manager_task_successful_transfers').response_body,
    )
    .on('GET', `task/${ID}/skipped_errors`, () => ({
      ...(fixture('transfer.task_skipped_errors').response_body as object),
      next_marker: null,
    }));
}

beforeEach(() => resetActivityState());
afterEach(() => cleanup());

describe('TaskDetailPage', () => {
  it('groups the task document and filters the event log to errors', async () => {
    const fake = taskServer(activeTask());
    renderActivity(fake, routeTo.task(ID));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Transfer Globus Tutorial Endpoint 1 → Globus Tutorial Endpoint 2',
      }),
    ).toBeTruthy();
    for (const group of ['Overview', 'Options used', 'Counters', 'Faults'])
      expect(screen.getByRole('region', { name: group })).toBeTruthy();
    const options = screen.getByRole('region', { name: 'Options used' });
    expect(within(options).getByText('Verify checksum').nextSibling?.textContent).toBe('Yes');

    const log = screen.getByRole('region', { name: 'Event log' });
    expect(await within(log).findByText(/started/)).toBeTruthy();
    expect(within(log).getAllByRole('row')).toHaveLength(4);
    // Details read as labelled fields, not JSON; Transfer's own text stays one click away.
    for (const json of within(log).getAllByText(/"concurrency"/)) expect(json.closest('details')?.open).toBe(false);
    expect(within(log).getByText('Concurrent files').nextSibling?.textContent).toBe('2');
    const raws = within(log)
      .getAllByText('Raw details')
      .map((summary) => summary.closest('details')?.textContent ?? '');
    expect(raws.some((raw) => raw.includes('"concurrency": 2'))).toBe(true);
    await userEvent.click(within(log).getByRole('switch', { name: 'Errors only' }));
    await eventually(() => expect(within(log).queryByText(/started/)).toBeNull());
    expect(within(log).getAllByRole('row')).toHaveLength(3);
    expect(fake.calls.some((c) => c.path.endsWith('event_list') && c.query?.filter === 'is_error:1')).toBe(true);

    const skipped = screen.getByRole('region', { name: 'Skipped errors' });
    expect(await within(skipped).findByText('FILE_NOT_FOUND')).toBeTruthy();
    await userEvent.type(within(skipped).getByRole('searchbox'), 'restricted');
    expect(within(skipped).queryByText('FILE_NOT_FOUND')).toBeNull();
    expect(within(skipped).getByText('PERMISSION_DENIED')).toBeTruthy();
  });

  it('cancels after confirmation, shows the result code and returns focus', async () => {
    const fake = taskServer(activeTask()).on(
      'POST',
      `task/${ID}/cancel`,
      () => fixture('transfer.cancel_task').response_body,
    );
    renderActivity(fake, routeTo.task(ID));
    const open = await screen.findByRole('button', { name: 'Cancel task…' });
    await userEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Cancel this task?' });
    expect(fake.count(`task/${ID}/cancel`)).toBe(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel task' }));
    expect(await within(dialog).findByText('Canceled')).toBeTruthy();
    expect(within(dialog).getByText(/The task has been cancelled successfully/)).toBeTruthy();
    expect(fake.count(`task/${ID}/cancel`)).toBe(1);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel task…' }));
  });

  it('explains an unknown task id and stops asking', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const fake = createFakeHttp().on('GET', 'task/nope', () =>
        httpError(404, { code: 'TaskNotFound', message: 'Task nope not found' }),
      );
      renderActivity(fake, routeTo.task('nope'));
      expect(await screen.findByRole('alert', { name: 'Task not found' })).toBeTruthy();
      await act(() => vi.advanceTimersByTimeAsync(120_000));
      expect(fake.count('task/nope')).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says a task of another identity cannot be shown here', async () => {
    const fake = createFakeHttp().on('GET', `task/${ID}`, () =>
      httpError(403, { code: 'PermissionDenied', message: 'not yours' }),
    );
    renderActivity(fake, routeTo.task(ID));
    expect(await screen.findByRole('alert', { name: 'This task belongs to another identity' })).toBeTruthy();
  });

  it('offers the consent fix for an INACTIVE task, asking data_access only of the mapped collection, and returns to it after login', async () => {
    const task = {
      ...activeTask(),
      status: 'INACTIVE' as const,
      nice_status: 'CONSENT_REQUIRED',
      nice_status_short_description: 'consent required',
    };
    const fake = taskServer(task)
      .on('GET', 'endpoint/aa752cea-8222-5bc8-acd9-555b090c0ccb', () => ({
        id: 'aa752cea-8222-5bc8-acd9-555b090c0ccb',
        entity_type: 'GCSv5_mapped_collection',
        high_assurance: false,
      }))
      // A guest collection has no data_access scope; Globus Auth would refuse the whole request.
      .on('GET', 'endpoint/313ce13e-b597-5858-ae13-29e46fea26e6', () => ({
        id: '313ce13e-b597-5858-ae13-29e46fea26e6',
        entity_type: 'GCSv5_guest_collection',
        high_assurance: false,
      }));
    const { login } = renderActivity(fake, routeTo.task(ID));
    const panel = await screen.findByRole('region', { name: 'What this task needs' });
    const grant = within(panel).getByRole<HTMLButtonElement>('button', {
      name: 'Grant access to Globus Tutorial Endpoint 1 and Globus Tutorial Endpoint 2',
    });
    await eventually(() => expect(grant.disabled).toBe(false));
    await userEvent.click(grant);
    expect(login).toHaveBeenCalledWith({
      returnTo: `#/activity/${ID}`,
      extraScopes: [
        'urn:globus:auth:scope:transfer.api.globus.org:all[*https://auth.globus.org/scopes/aa752cea-8222-5bc8-acd9-555b090c0ccb/data_access]',
      ],
    });
  });

  it('shows the administrators’ pause messages for a paused task', async () => {
    const fake = taskServer({ ...activeTask(), is_paused: true }).on(
      'GET',
      `task/${ID}/pause_info`,
      () => fixture('transfer.task_pause_info').response_body,
    );
    renderActivity(fake, routeTo.task(ID));
    const panel = await screen.findByRole('region', { name: 'Pause information' });
    expect(await within(panel).findByText(/SDK Test Pause Rule/)).toBeTruthy();
    expect(within(panel).getByText(/This task is like super paused/)).toBeTruthy();
  });
});
