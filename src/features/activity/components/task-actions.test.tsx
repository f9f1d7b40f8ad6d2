// Task actions on the task page: edit label and deadline, resubmit, hide.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '@/lib/globus/task';
import { createFakeHttp, httpError } from '@/test/fake-http';
import { makeTask, makeTaskList } from '@/features/activity/test/fixtures';
import { renderActivity, resetActivityState } from '@/features/activity/test/render';
import { paths, routeTo } from '@/lib/routes/paths';
import { eventually } from '@/test/eventually';

const ID = 'b8872740-7edc-11ec-9f33-ed182a728dff';
const SRC = 'aa752cea-8222-5bc8-acd9-555b090c0ccb';
const DST = '313ce13e-b597-5858-ae13-29e46fea26e6';

/** Answers GET task/<id> from `tasks` and gives every task an empty log and file lists. */
function server(tasks: Record<string, Task>) {
  const empty = { DATA: [], next_marker: null };
  return createFakeHttp()
    .on('GET', /^task\/[^/]+$/, (req) => tasks[req.path.slice('task/'.length)]!)
    .on('GET', /^task\/[^/]+\/event_list$/, () => ({
      DATA_TYPE: 'event_list',
      DATA: [],
      total: 0,
      offset: 0,
      limit: 25,
    }))
    .on('GET', /^task\/[^/]+\/successful_transfers$/, () => empty)
    .on('GET', /^task\/[^/]+\/skipped_errors$/, () => empty);
}

const cancelled = (overrides: Partial<Task> = {}) =>
  makeTask({
    task_id: ID,
    label: 'Nightly',
    status: 'FAILED',
    fatal_error: { code: 'CANCELED', description: 'canceled' },
    completion_time: '2022-01-26T20:00:00+00:00',
    source_base_path: '/share/godata/',
    destination_base_path: '/~/backup/',
    sync_level: 2,
    verify_checksum: true,
    preserve_timestamp: true,
    skip_source_errors: false,
    ...overrides,
  });

beforeEach(() => resetActivityState());
afterEach(() => cleanup());

describe('TaskActions', () => {
  it('edits only what changed: the label, then the deadline in local time', async () => {
    const fake = server({ [ID]: makeTask({ task_id: ID, label: 'Old', deadline: '2022-01-27T19:18:20+00:00' }) });
    const bodies: unknown[] = [];
    fake.on(
      'PUT',
      `task/${ID}`,
      (req) => (bodies.push(req.body), { code: 'Updated', message: 'Task updated successfully' }),
    );
    renderActivity(fake, routeTo.task(ID));

    await userEvent.click(await screen.findByRole('button', { name: 'Edit label or deadline…' }));
    let dialog = screen.getByRole('dialog', { name: 'Edit task' });
    const label = within(dialog).getByRole('textbox', { name: 'Label' });
    expect(document.activeElement).toBe(label);
    expect(within(dialog).getByLabelText<HTMLInputElement>(/^Deadline \(local time/).value).toBe('2022-01-27T19:18');
    await userEvent.clear(label);
    await userEvent.type(label, 'Renamed');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(bodies).toEqual([{ DATA_TYPE: 'task', label: 'Renamed' }]);

    await userEvent.click(screen.getByRole('button', { name: 'Edit label or deadline…' }));
    dialog = screen.getByRole('dialog', { name: 'Edit task' });
    fireEvent.change(within(dialog).getByLabelText(/^Deadline \(local time/), {
      target: { value: '2022-02-01T08:30' },
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await eventually(() => expect(bodies).toHaveLength(2));
    expect(bodies[1]).toEqual({ DATA_TYPE: 'task', deadline: '2022-02-01 08:30:00+00:00' });
    // Saving refreshes the task from Globus.
    await eventually(() => expect(fake.count(`task/${ID}`)).toBeGreaterThanOrEqual(4));
  });

  it('leaves the dialog open with Globus’s reason when an edit is refused', async () => {
    const fake = server({ [ID]: makeTask({ task_id: ID, label: 'Old' }) }).on('PUT', `task/${ID}`, () =>
      httpError(409, { code: 'Conflict', message: 'Task already finished' }),
    );
    renderActivity(fake, routeTo.task(ID));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit label or deadline…' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit task' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Label' }), '!');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toMatch(/Task already finished/);
  });

  it('resubmits a cancelled transfer with the same options under a new submission id and opens the new task', async () => {
    const fresh = makeTask({ task_id: 'new-task', label: 'Nightly', status: 'ACTIVE' });
    const fake = server({ [ID]: cancelled(), 'new-task': fresh });
    const submitted: Record<string, unknown>[] = [];
    fake
      .on('GET', 'submission_id', () => ({ DATA_TYPE: 'submission_id', value: 'sub-2' }))
      .on(
        'POST',
        'transfer',
        (req) => (
          submitted.push(req.body as Record<string, unknown>),
          { code: 'Accepted', task_id: 'new-task', submission_id: 'sub-2' }
        ),
      );
    const { router } = renderActivity(fake, routeTo.task(ID));
    await userEvent.click(await screen.findByRole('button', { name: 'Resubmit with the same options' }));
    await eventually(() => expect(router.state.location.pathname).toBe('/activity/new-task'));
    expect(submitted).toEqual([
      expect.objectContaining({
        DATA_TYPE: 'transfer',
        submission_id: 'sub-2',
        source_endpoint: SRC,
        destination_endpoint: DST,
        label: 'Nightly',
        sync_level: 2,
        verify_checksum: true,
        preserve_timestamp: true,
        skip_source_errors: false,
        store_base_path_info: true,
        DATA: [
          {
            DATA_TYPE: 'transfer_item',
            source_path: '/share/godata/',
            destination_path: '/~/backup/',
            recursive: true,
          },
        ],
      }),
    ]);
    expect(submitted[0]).not.toHaveProperty('deadline');
    // The old task's heading has the same label, so wait for the new task's own status first.
    expect(await screen.findByText('In progress.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Nightly' })).toBeTruthy();
  });

  it('without recorded paths, rebuilds the items from every page of the copied-files list', async () => {
    const noPaths = cancelled({ source_base_path: null, destination_base_path: null, files: 3, files_transferred: 3 });
    const fake = server({ [ID]: noPaths, 'new-task': makeTask({ task_id: 'new-task', status: 'ACTIVE' }) });
    const pages: Record<
      string,
      { DATA: { source_path: string; destination_path: string }[]; next_marker: number | null }
    > = {
      first: {
        DATA: [
          { source_path: '/s/a', destination_path: '/d/a' },
          { source_path: '/s/b', destination_path: '/d/b' },
        ],
        next_marker: 7,
      },
      '7': { DATA: [{ source_path: '/s/c/d', destination_path: '/d/c/d' }], next_marker: null },
    };
    const submitted: Record<string, unknown>[] = [];
    fake
      .on('GET', `task/${ID}/successful_transfers`, (req) => pages[String(req.query?.marker ?? 'first')]!)
      .on('GET', 'submission_id', () => ({ DATA_TYPE: 'submission_id', value: 'sub-3' }))
      .on(
        'POST',
        'transfer',
        (req) => (
          submitted.push(req.body as Record<string, unknown>),
          { code: 'Accepted', task_id: 'new-task', submission_id: 'sub-3' }
        ),
      );
    const { router } = renderActivity(fake, routeTo.task(ID));
    expect(await screen.findByText(/copies again the 3 files Transfer lists as copied/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Resubmit with the same options' }));
    await eventually(() => expect(router.state.location.pathname).toBe('/activity/new-task'));
    expect(submitted[0]).toMatchObject({
      source_endpoint: SRC,
      destination_endpoint: DST,
      DATA: [
        { DATA_TYPE: 'transfer_item', source_path: '/s/a', destination_path: '/d/a' },
        { DATA_TYPE: 'transfer_item', source_path: '/s/b', destination_path: '/d/b' },
        { DATA_TYPE: 'transfer_item', source_path: '/s/c/d', destination_path: '/d/c/d' },
      ],
    });
  });

  it('says plainly when neither recorded paths nor a complete copied-files list exist', async () => {
    const fake = server({
      [ID]: cancelled({ source_base_path: null, destination_base_path: null, files: 10, files_transferred: 4 }),
    });
    renderActivity(fake, routeTo.task(ID));
    const button = await screen.findByRole('button', { name: 'Resubmit with the same options' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(
      screen.getByText(
        /did not record its source and destination paths, and Transfer’s list of copied files covers only 4 of its 10 files/,
      ),
    ).toBeTruthy();
    expect(fake.count('submission_id')).toBe(0);
  });

  it('refuses with the reason when the copied-files list turns out shorter than the task', async () => {
    const noPaths = cancelled({ source_base_path: null, destination_base_path: null, files: 2, files_transferred: 2 });
    const fake = server({ [ID]: noPaths }).on('GET', `task/${ID}/successful_transfers`, () => ({
      DATA: [{ source_path: '/s/a', destination_path: null }],
      next_marker: null,
    }));
    renderActivity(fake, routeTo.task(ID));
    await userEvent.click(await screen.findByRole('button', { name: 'Resubmit with the same options' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/names 1 of its 2 files/);
    expect(fake.count('transfer')).toBe(0);
  });

  it('opens the task’s folders in the file manager: its base paths, else the first copied file’s folders', async () => {
    const fake = server({
      [ID]: cancelled({ source_base_path: '/share/godata/file1.txt', destination_base_path: '/~/backup/' }),
    });
    renderActivity(fake, routeTo.task(ID));
    const source = await screen.findByRole('link', { name: 'Open source in file manager' });
    expect(source.getAttribute('href')).toBe(paths.files({ originId: SRC, originPath: '/share/godata/' }));
    expect(screen.getByRole('link', { name: 'Open destination in file manager' }).getAttribute('href')).toBe(
      paths.files({ originId: DST, originPath: '/~/backup/' }),
    );
    cleanup();

    const older = server({ [ID]: cancelled({ source_base_path: null, destination_base_path: null }) }).on(
      'GET',
      `task/${ID}/successful_transfers`,
      () => ({
        DATA: [{ source_path: '/share/godata/a/file2.txt', destination_path: '/~/copies/a/file2.txt' }],
        next_marker: null,
      }),
    );
    renderActivity(older, routeTo.task(ID));
    await eventually(() =>
      expect(screen.getByRole('link', { name: 'Open source in file manager' }).getAttribute('href')).toBe(
        paths.files({ originId: SRC, originPath: '/share/godata/a/' }),
      ),
    );
    expect(screen.getByRole('link', { name: 'Open destination in file manager' }).getAttribute('href')).toBe(
      paths.files({ originId: DST, originPath: '/~/copies/a/' }),
    );
  });

  it('hides a finished task and returns to the list, which no longer shows it', async () => {
    const fake = server({ [ID]: cancelled() })
      .on('POST', `task/${ID}/remove`, () => ({ code: 'Removed', message: 'Task removed' }))
      .on('GET', 'task_list', () => makeTaskList([]));
    const { router } = renderActivity(fake, routeTo.task(ID));
    expect(screen.queryByRole('button', { name: 'Cancel task…' })).toBeNull();
    await userEvent.click(await screen.findByRole('button', { name: 'Hide from list' }));
    await eventually(() => expect(router.state.location.pathname).toBe('/activity'));
    expect(fake.count(`task/${ID}/remove`)).toBe(1);
    expect(await screen.findByText('No tasks match')).toBeTruthy();
  });

  it('offers no hide or resubmit while the task runs', async () => {
    renderActivity(server({ [ID]: makeTask({ task_id: ID }) }), routeTo.task(ID));
    expect(await screen.findByRole('button', { name: 'Cancel task…' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Hide from list' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resubmit with the same options' })).toBeNull();
  });
});
