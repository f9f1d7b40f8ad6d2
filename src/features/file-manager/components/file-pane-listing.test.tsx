import { describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NetworkError } from '@/lib/globus/errors';
import { entry, listing, LS } from '@/features/file-manager/test/listing';
import { files, renderPane, rowNames, setUpFilePaneTests } from '@/features/file-manager/test/render-file-pane';
import { collectionNamesStore } from '@/lib/storage/collection-names';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpFilePaneTests();

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
});
