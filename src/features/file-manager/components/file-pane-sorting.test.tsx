import { describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { entry, listing } from '@/features/file-manager/test/listing';
import { renderPane, rowNames, setUpFilePaneTests } from '@/features/file-manager/test/render-file-pane';
import { eventually } from '@/test/eventually';
import type * as SortModule from '@/features/file-manager/lib/sort-entries';
import type { SortState } from '@/features/file-manager/lib/sort-entries';

/**
 * A sort of a big folder is rendered in the background (a deferred value). On a fast machine it
 * finishes before anyone sees it, so the test holds it: while `gate` is set, sorting by size
 * suspends the background render, exactly as a long sort keeps it from committing.
 */
const gate = vi.hoisted(() => ({ pending: null as Promise<void> | null }));
vi.mock('@/features/file-manager/lib/sort-entries', async (importOriginal) => {
  const real = await importOriginal<typeof SortModule>();
  return {
    ...real,
    sortEntries: (entries: Parameters<typeof real.sortEntries>[0], sort: SortState) => {
      // React's background (deferred) render waits on a thrown promise and keeps the old rows meanwhile.
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- suspending is throwing a promise
      if (sort.key === 'size' && gate.pending) throw gate.pending;
      return real.sortEntries(entries, sort);
    },
  };
});

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpFilePaneTests();

describe('FilePane while a new sort is being worked out', () => {
  it('marks the rows busy and says "Sorting…", keeping the old order, until the new order is ready', async () => {
    let release!: () => void;
    gate.pending = new Promise<void>((resolve) => (release = resolve));
    const files = [entry('small', 'file', 1), entry('big', 'file', 999), entry('mid', 'file', 50)];
    renderPane([{ path: /\/ls$/, reply: () => listing('/data/', files) }]);
    const grid = await screen.findByRole('grid');
    await within(grid).findByRole('row', { name: /small/ });
    const rows = grid.closest('[aria-busy]')!;
    expect(rows.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByText('Sorting…')).toBeNull();

    await userEvent.click(within(grid).getByRole('button', { name: 'Size' }));
    expect(rows.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Sorting…')).toBeTruthy();
    // The old order and header stay until the new order is ready: rows and header never disagree.
    expect(rowNames(grid)).toEqual(['big', 'mid', 'small']);
    expect(within(grid).getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');

    gate.pending = null;
    await act(async () => release());
    await eventually(() => expect(rowNames(grid)).toEqual(['small', 'mid', 'big']));
    expect(within(grid).getByRole('columnheader', { name: /Size/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(rows.getAttribute('aria-busy')).toBe('false');
    expect(screen.queryByText('Sorting…')).toBeNull();
  });
});
