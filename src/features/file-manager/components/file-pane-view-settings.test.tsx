import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entry, listing, LS } from '@/features/file-manager/test/listing';
import { files, renderPane, rowNames, setUpFilePaneTests } from '@/features/file-manager/test/render-file-pane';
import { panePrefsStore } from '@/features/file-manager/model/pane-prefs';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpFilePaneTests();

describe('FilePane listing', () => {
  it('sorts by a column when its header is clicked, folders still first', async () => {
    renderPane([{ path: LS, reply: () => listing('/data/', files) }]);
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    await userEvent.click(within(grid).getByRole('button', { name: 'Name' }));
    expect(rowNames(grid)).toEqual(['beta', 'alpha2', 'zeta.txt', 'file10', 'file9', 'Alpha.csv']);
  });

  it('filter-as-you-type narrows the rows; hidden files appear on demand and the choice is remembered in IndexedDB', async () => {
    const withHidden = [...files, entry('.env'), entry('.cache', 'dir')];
    renderPane([{ path: LS, reply: () => listing('/data/', withHidden) }]);
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    expect(within(grid).queryByRole('row', { name: /\.env/ })).toBeNull();
    expect(screen.getByText('2 not shown')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Hidden/ }));
    expect(await within(grid).findByRole('row', { name: /\.env/ })).toBeTruthy();
    await eventually(async () => expect((await panePrefsStore.get('left'))?.showHidden).toBe(true));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter by name' }), 'FILE');
    expect(rowNames(grid)).toEqual(['file9', 'file10']);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(grid);
  });

  it('remembers the sort column and direction across sessions', async () => {
    await panePrefsStore.set('left', { showHidden: false, sort: { key: 'size', dir: 'desc' } });
    const sized = [entry('small', 'file', 1), entry('big', 'file', 999), entry('dir', 'dir')];
    renderPane([{ path: LS, reply: () => listing('/data/', sized) }]);
    const grid = await screen.findByRole('grid');
    // The saved sort arrives from IndexedDB, maybe after the rows: in name order they read the same, so wait for the header too.
    await eventually(() => {
      expect(within(grid).getByRole('columnheader', { name: /Size/ }).getAttribute('aria-sort')).toBe('descending');
      expect(rowNames(grid)).toEqual(['dir', 'big', 'small']);
    });
  });

  it('shows owner and permissions on demand, sorts by them, and remembers the choice across remounts', async () => {
    const owned = [
      { ...entry('beta', 'dir'), permissions: '0755', user: 'bob', group: 'staff' },
      { ...entry('notes.txt'), permissions: '0600', user: 'zoe', group: null },
      { ...entry('odd.bin'), permissions: null, user: null, group: null },
      entry('zeta.txt'), // 0644 ada:lab
    ];
    const first = renderPane([{ path: LS, reply: () => listing('/data/', owned) }]);
    let grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    expect(within(grid).queryByRole('columnheader', { name: 'Permissions' })).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Owner and permissions' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Size', 'Modified', 'Type', 'Permissions', 'Owner']);
    const cells = (name: RegExp) => within(within(grid).getByRole('row', { name })).getAllByRole('gridcell');
    expect(cells(/beta/)[4]!.textContent).toBe('drwxr-xr-x (0755)');
    expect(cells(/beta/)[5]!.textContent).toBe('bob');
    expect(within(cells(/beta/)[5]!).getByTitle('bob:staff')).toBeTruthy();
    expect(within(cells(/zeta/)[4]!).getByTitle('0644').textContent).toContain('-rw-r--r--');
    expect(cells(/notes/)[5]!.textContent).toBe('zoe');
    expect(cells(/odd/)[4]!.textContent).toBe('');
    expect(cells(/odd/)[5]!.textContent).toBe('');
    expect(grid.textContent).not.toMatch(/undefined|null/);

    await userEvent.click(within(grid).getByRole('button', { name: 'Permissions' }));
    expect(
      within(grid)
        .getByRole('columnheader', { name: /Permissions/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    expect(rowNames(grid)).toEqual(['beta', 'odd.bin', 'notes.txt', 'zeta.txt']);
    await userEvent.click(within(grid).getByRole('button', { name: 'Owner' }));
    expect(rowNames(grid)).toEqual(['beta', 'odd.bin', 'zeta.txt', 'notes.txt']);
    await eventually(async () =>
      expect(await panePrefsStore.get('left')).toMatchObject({
        showOwnerColumns: true,
        sort: { key: 'owner', dir: 'asc' },
      }),
    );

    first.unmount();
    renderPane([{ path: LS, reply: () => listing('/data/', owned) }]);
    grid = await screen.findByRole('grid');
    expect(await within(grid).findByRole('columnheader', { name: 'Owner' })).toBeTruthy();
    await eventually(() => expect(rowNames(grid)).toEqual(['beta', 'odd.bin', 'zeta.txt', 'notes.txt']));
    expect(screen.getByRole('button', { name: 'Owner and permissions' }).getAttribute('aria-pressed')).toBe('true');

    // Switched off, a sort on a vanished column falls back to names; switched on again, it returns.
    await userEvent.click(screen.getByRole('button', { name: 'Owner and permissions' }));
    expect(within(grid).queryByRole('columnheader', { name: 'Owner' })).toBeNull();
    expect(within(grid).getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames(grid)).toEqual(['beta', 'notes.txt', 'odd.bin', 'zeta.txt']);
    expect(within(grid).getAllByRole('row')[1]!.querySelectorAll('[role=gridcell]').length).toBe(4);
    await userEvent.click(screen.getByRole('button', { name: 'Owner and permissions' }));
    expect(rowNames(grid)).toEqual(['beta', 'odd.bin', 'zeta.txt', 'notes.txt']);
  });

  it('reads prefs saved before the owner columns existed, with the columns off', async () => {
    await panePrefsStore.set('panes', { showHidden: true, sort: { key: 'name', dir: 'desc' } });
    renderPane([{ path: LS, reply: () => listing('/data/', [entry('.env'), entry('a'), entry('b')]) }]);
    const grid = await screen.findByRole('grid');
    await eventually(() => expect(rowNames(grid)).toEqual(['b', 'a', '.env']));
    expect(within(grid).queryByRole('columnheader', { name: 'Permissions' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Owner and permissions' }).getAttribute('aria-pressed')).toBe('false');
  });
});
