import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp, type FakeRoute, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { NetworkError } from '@/lib/globus/errors';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { entry, listing } from '@/features/file-manager/test/listing';
import { panePrefsStore } from '@/features/file-manager/model/pane-prefs';
import { collectionNamesStore } from '@/lib/storage/collection-names';
import { TestFileManager } from '@/features/file-manager/test/render-file-manager';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpComponentTests();
beforeEach(async () => {
  await panePrefsStore.clear();
  await collectionNamesStore.clear();
});

const LS = /^operation\/endpoint\/([^/]+)\/ls$/;

function renderPane(
  routes: FakeRoute[],
  props: { path?: string; onDropFiles?: (files: File[]) => void; id?: string; name?: string | null } = {},
) {
  const { http, calls } = createFakeHttp(routes);
  const onNavigate = vi.fn();
  const { unmount, auth } = renderWithServices({
    entry: `/files?origin_id=${props.id ?? 'c-1'}`,
    http,
    element: (
      <TestFileManager left={{ collectionId: props.id ?? 'c-1', path: props.path ?? '/data/' }} onNavigate={onNavigate}>
        <FilePane
          collectionName={props.name === undefined ? 'Lab Storage' : props.name}
          onDropFiles={props.onDropFiles}
        />
      </TestFileManager>
    ),
  });
  return { calls, auth, onNavigate, unmount };
}

const rowNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('gridcell')[0]!.textContent);

describe('FilePane title', () => {
  it('when the collection document cannot be fetched: the name remembered from before, else a plain label, never the raw id', async () => {
    const ls = [{ path: LS, reply: () => listing('/data/', [entry('a')]) }];
    const first = renderPane(ls);
    expect(await screen.findByRole('heading', { name: 'Lab Storage' })).toBeTruthy();
    await eventually(async () => expect(await collectionNamesStore.get('c-1')).toBe('Lab Storage'));
    first.unmount();
    const again = renderPane(ls, { name: null });
    expect(await screen.findByRole('heading', { name: 'Lab Storage' })).toBeTruthy();
    again.unmount();
    renderPane([{ path: LS, reply: () => listing('/data/', [entry('a')], 'c-2') }], { id: 'c-2', name: null });
    expect(await screen.findByRole('heading', { name: 'Collection (name unavailable)' })).toBeTruthy();
    expect(screen.queryByText('c-2')).toBeNull();
  });
});

describe('FilePane listing', () => {
  const files = [
    entry('zeta.txt'),
    entry('beta', 'dir'),
    entry('Alpha.csv'),
    entry('alpha2', 'dir'),
    entry('file10'),
    entry('file9'),
  ];

  it('lists folders first, then names in natural order, as an ARIA grid', async () => {
    const { calls } = renderPane([{ path: LS, reply: () => listing('/data/', files) }]);
    const grid = await screen.findByRole('grid', { name: 'Files in Lab Storage at /data/' });
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    expect(rowNames(grid)).toEqual(['alpha2', 'beta', 'Alpha.csv', 'file9', 'file10', 'zeta.txt']);
    expect(grid.getAttribute('aria-rowcount')).toBe('7');
    expect(grid.getAttribute('tabindex')).toBe('0');
    const rows = within(grid).getAllByRole('row');
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(within(grid).getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(calls[0]).toMatchObject({ service: 'transfer', query: { path: '/data/' } });
    expect(screen.getByText(/6 items/)).toBeTruthy();
  });

  it('a refresh that fails keeps the folder on screen with the error above it, and Try again recovers', async () => {
    let call = 0;
    renderPane([
      {
        path: LS,
        reply: () => {
          call += 1;
          if (call === 2) throw new NetworkError();
          return listing('/data/', call === 1 ? files : [...files, entry('new.txt')]);
        },
      },
    ]);
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    const strip = await screen.findByRole('alert');
    expect(strip.textContent).toMatch(/^Could not refresh: .*Showing the folder as it was\./);
    expect(within(screen.getByRole('grid')).getByRole('row', { name: /zeta\.txt/ })).toBeTruthy();
    expect(screen.getByText(/6 items/)).toBeTruthy();
    await userEvent.click(within(strip).getByRole('button', { name: 'Try again' }));
    expect(await within(screen.getByRole('grid')).findByRole('row', { name: /new\.txt/ })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('files dropped from the computer go to onDropFiles; with no taker the browser is still kept from opening them', async () => {
    const onDropFiles = vi.fn();
    const { unmount } = renderPane([{ path: LS, reply: () => listing('/data/', files) }], { onDropFiles });
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    const dropped = [new File(['x'], 'from desktop ü.txt')];
    const pane = screen.getByRole('region', { name: 'Lab Storage pane' });
    const over = fireEvent.dragOver(grid, { dataTransfer: { types: ['Files'], files: dropped, dropEffect: 'none' } });
    expect(over).toBe(false); // default prevented: the drop is accepted
    expect(pane.className).toContain('outline-dashed');
    fireEvent.drop(within(grid).getByRole('row', { name: /beta/ }), {
      dataTransfer: { types: ['Files'], files: dropped },
    });
    expect(onDropFiles).toHaveBeenCalledWith(dropped);
    expect(pane.className).not.toContain('outline-dashed');
    unmount();

    renderPane([{ path: LS, reply: () => listing('/data/', files) }]);
    const plain = await screen.findByRole('grid');
    await within(plain).findByRole('row', { name: /zeta\.txt/ });
    expect(fireEvent.dragOver(plain, { dataTransfer: { types: ['Files'], files: dropped, dropEffect: 'copy' } })).toBe(
      false,
    );
    expect(fireEvent.drop(plain, { dataTransfer: { types: ['Files'], files: dropped } })).toBe(false);
  });

  it('sorts by a column when its header is clicked, folders still first', async () => {
    renderPane([{ path: LS, reply: () => listing('/data/', files) }]);
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    await userEvent.click(within(grid).getByRole('button', { name: 'Name' }));
    expect(rowNames(grid)).toEqual(['beta', 'alpha2', 'zeta.txt', 'file10', 'file9', 'Alpha.csv']);
  });

  it('opens the folder under the cursor on Enter and goes up on Backspace', async () => {
    const { onNavigate } = renderPane([{ path: LS, reply: () => listing('/data/', files) }]);
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    grid.focus();
    await userEvent.keyboard('{ArrowDown}');
    const active = document.getElementById(grid.getAttribute('aria-activedescendant')!)!;
    expect(active.textContent).toContain('beta');
    expect(active.getAttribute('aria-selected')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenLastCalledWith('/data/beta/');
    await userEvent.keyboard('{Backspace}');
    expect(onNavigate).toHaveBeenLastCalledWith('/');
  });

  it('opens a folder on double-click and navigates from breadcrumbs and the path box', async () => {
    const { onNavigate } = renderPane([{ path: LS, reply: () => listing('/data/x y/', files) }], {
      path: '/data/x y/',
    });
    const grid = await screen.findByRole('grid');
    await userEvent.dblClick(await within(grid).findByRole('row', { name: /alpha2/ }));
    expect(onNavigate).toHaveBeenLastCalledWith('/data/x y/alpha2/');
    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('button', { name: 'data' }),
    );
    expect(onNavigate).toHaveBeenLastCalledWith('/data/');
    const box = screen.getByRole('textbox', { name: 'Path' });
    await userEvent.clear(box);
    await userEvent.type(box, '/other/#1 ü/{Enter}');
    expect(onNavigate).toHaveBeenLastCalledWith('/other/#1 ü/');
    await userEvent.click(screen.getByRole('button', { name: /Up/ }));
    expect(onNavigate).toHaveBeenLastCalledWith('/data/');
  });

  it('renders only a window of rows for 100,000 entries', async () => {
    const many = Array.from({ length: 100_000 }, (_, i) => entry(`file-${String(i).padStart(6, '0')}.dat`));
    renderPane([{ path: LS, reply: () => listing('/big/', many) }], { path: '/big/' });
    const grid = await screen.findByRole('grid', { name: /\/big\// });
    await within(grid).findByRole('row', { name: /file-000000\.dat/ });
    expect(grid.getAttribute('aria-rowcount')).toBe('100001');
    const rendered = within(grid).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(1);
    expect(rendered).toBeLessThan(100);
    expect(screen.getByText(/100,000 items/)).toBeTruthy();
    grid.focus();
    await userEvent.keyboard('{End}');
    // happy-dom does not scroll: play the scroll the virtualiser asked for.
    grid.scrollTop = 100_000 * 28;
    fireEvent.scroll(grid);
    const last = await within(grid).findByRole('row', { name: /file-099999\.dat/ });
    expect(last.getAttribute('aria-rowindex')).toBe('100001');
    expect(last.getAttribute('aria-selected')).toBe('true');
    expect(grid.getAttribute('aria-activedescendant')).toBe(last.id);
    expect(within(grid).getAllByRole('row').length).toBeLessThan(100);
    // Building and sorting 100,000 entries takes seconds on a loaded machine.
  }, 60_000);

  it('Shift+arrows extend from the anchor; Ctrl+click toggles; letters jump (type-ahead)', async () => {
    renderPane([{ path: LS, reply: () => listing('/data/', files) }]);
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /zeta\.txt/ });
    grid.focus();
    await userEvent.keyboard('{ArrowDown}{Shift>}{ArrowDown}{ArrowDown}{/Shift}');
    const selected = () =>
      within(grid)
        .getAllByRole('row')
        .filter((r) => r.getAttribute('aria-selected') === 'true')
        .map((r) => within(r).getAllByRole('gridcell')[0]!.textContent);
    expect(selected()).toEqual(['beta', 'Alpha.csv', 'file9']);
    const user = userEvent.setup();
    await user.keyboard('{Control>}');
    await user.click(within(grid).getByRole('row', { name: /zeta\.txt/ }));
    await user.click(within(grid).getByRole('row', { name: /file9/ }));
    await user.keyboard('{/Control}');
    expect(selected()).toEqual(['beta', 'Alpha.csv', 'zeta.txt']);
    await userEvent.keyboard('z');
    expect(document.getElementById(grid.getAttribute('aria-activedescendant')!)!.textContent).toContain('zeta.txt');
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
