import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listing, LS } from '@/features/file-manager/test/listing';
import { files, renderPane, setUpFilePaneTests } from '@/features/file-manager/test/render-file-pane';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpFilePaneTests();

describe('FilePane listing', () => {
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
      within(screen.getByRole('navigation', { name: 'Breadcrumb, left pane' })).getByRole('button', { name: 'data' }),
    );
    expect(onNavigate).toHaveBeenLastCalledWith('/data/');
    const box = screen.getByRole('textbox', { name: 'Path' });
    await userEvent.clear(box);
    await userEvent.type(box, '/other/#1 ü/{Enter}');
    expect(onNavigate).toHaveBeenLastCalledWith('/other/#1 ü/');
    await userEvent.click(screen.getByRole('button', { name: /Up/ }));
    expect(onNavigate).toHaveBeenLastCalledWith('/data/');
  });

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
});
