import { describe, expect, it, onTestFinished } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NetworkError } from '@/lib/globus/errors';
import { taskSubmitted } from '@/lib/events/task-submitted';
import { LAZY, leftGrid, renderShell, setUpDualPaneTests } from '@/features/file-manager/test/render-dual-pane';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpDualPaneTests();

describe('dual pane', () => {
  it('F5 opens the transfer dialog aimed at the other pane and submits one task with the chosen options', async () => {
    const events: string[] = [];
    onTestFinished(taskSubmitted.subscribe((t) => events.push(t.taskId)));
    const { calls } = renderShell([
      { path: /^submission_id$/, reply: () => ({ value: 'sub-7' }) },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => ({ code: 'Accepted', task_id: 'task-7', submission_id: 'sub-7' }),
      },
      {
        path: /^task_list$/,
        reply: () => ({ DATA: [{ task_id: 'task-7', status: 'ACTIVE', files: 2, files_transferred: 1 }] }),
      },
    ]);
    const grid = await leftGrid();
    grid.focus();
    await userEvent.keyboard('{Insert}{Insert}{F5}');
    const dialog = await screen.findByRole('dialog', { name: 'Transfer 2 items' }, LAZY);
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Destination folder' }).value).toBe('/right/');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'nightly');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Sync' }), '2');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Preserve modification times' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start transfer' }));
    expect(await screen.findByText(/in progress, 1 of 2 files/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'View task' }).getAttribute('href')).toBe('#/activity/task-7');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({
      submission_id: 'sub-7',
      source_endpoint: 'L',
      destination_endpoint: 'R',
      label: 'nightly',
      sync_level: 2,
      preserve_timestamp: true,
      DATA: [
        { source_path: '/left/alpha/', destination_path: '/right/alpha/', recursive: true },
        { source_path: '/left/b #1 ü.txt', destination_path: '/right/b #1 ü.txt' },
      ],
    });
    expect(events).toContain('task-7');
  });

  it('after a failed connection, sending again re-uses the same submission id (never a second task)', async () => {
    let posts = 0;
    const { calls } = renderShell([
      {
        path: /^submission_id$/,
        reply: () => ({ value: `sub-${calls.filter((c) => c.path === 'submission_id').length}` }),
      },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => {
          posts += 1;
          if (posts <= 3) throw new NetworkError('cut');
          return { code: 'Duplicate', task_id: 'task-9', submission_id: 'sub-1' };
        },
      },
      { path: /^task_list$/, reply: () => ({ DATA: [{ task_id: 'task-9', status: 'SUCCEEDED' }] }) },
    ]);
    (await leftGrid()).focus();
    await userEvent.keyboard('{Insert}{F5}');
    const dialog = await screen.findByRole('dialog', { name: /Transfer/ }, LAZY);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start transfer' }));
    expect((await within(dialog).findByRole('alert', {}, LAZY)).textContent).toContain('No connection to Globus');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText(/succeeded/)).toBeTruthy();
    const ids = calls
      .filter((c) => c.method === 'POST')
      .map((c) => (c.body as { submission_id: string }).submission_id);
    expect(ids).toEqual(['sub-1', 'sub-1', 'sub-1', 'sub-1']);
    expect(calls.filter((c) => c.path === 'submission_id')).toHaveLength(1);
  });
});
