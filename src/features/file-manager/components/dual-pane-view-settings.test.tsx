import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { panePrefsStore } from '@/features/file-manager/model/pane-prefs';
import { leftGrid, renderShell, setUpDualPaneTests } from '@/features/file-manager/test/render-dual-pane';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpDualPaneTests();

describe('dual pane', () => {
  it('each pane keeps its own view settings (hidden files, columns, sort), remembered per pane', async () => {
    const first = renderShell();
    await leftGrid();
    const pane = (name: string) => screen.getByRole('region', { name: `${name} pane` });
    const pressed = (name: string, button: RegExp | string) =>
      within(pane(name)).getByRole('button', { name: button }).getAttribute('aria-pressed');
    await userEvent.click(within(pane('Left Lab')).getByRole('button', { name: /Hidden/ }));
    await userEvent.click(within(pane('Right Lab')).getByRole('button', { name: 'Owner and permissions' }));
    await userEvent.click(within(pane('Right Lab')).getByRole('button', { name: 'Size' }));
    const check = async () => {
      expect([pressed('Left Lab', /Hidden/), pressed('Right Lab', /Hidden/)]).toEqual(['true', 'false']);
      expect(pressed('Left Lab', 'Owner and permissions')).toBe('false');
      expect(pressed('Right Lab', 'Owner and permissions')).toBe('true');
      expect(await within(pane('Left Lab')).findByRole('row', { name: /\.secret/ })).toBeTruthy();
      const sorted = (name: string) =>
        within(pane(name))
          .getAllByRole('columnheader')
          .filter((h) => h.getAttribute('aria-sort'))
          .map((h) => `${h.textContent} ${h.getAttribute('aria-sort')}`);
      expect(sorted('Left Lab')).toEqual(['Name ascending']);
      expect(sorted('Right Lab')).toEqual(['Size ascending']);
    };
    await check();
    await eventually(async () => {
      expect(await panePrefsStore.get('left')).toMatchObject({ showHidden: true, showOwnerColumns: false });
      expect(await panePrefsStore.get('right')).toMatchObject({
        showHidden: false,
        showOwnerColumns: true,
        sort: { key: 'size', dir: 'asc' },
      });
    });
    first.unmount();
    renderShell();
    await leftGrid();
    await eventually(check);
  });

  it('Alt+L shows owner and permissions in the focused pane, as the toolbar toggle does', async () => {
    renderShell();
    const grid = await leftGrid();
    const toggle = within(screen.getByRole('region', { name: 'Left Lab pane' })).getByRole('button', {
      name: 'Owner and permissions',
    });
    grid.focus();
    await userEvent.keyboard('{Alt>}l{/Alt}');
    expect(await within(grid).findByRole('columnheader', { name: 'Permissions' })).toBeTruthy();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Alt>}l{/Alt}');
    expect(within(grid).queryByRole('columnheader', { name: 'Owner' })).toBeNull();
  });

  it('compare marks entries missing on the other side or differing in size', async () => {
    renderShell();
    const grid = await leftGrid();
    grid.focus();
    await userEvent.keyboard('{Alt>}c{/Alt}');
    expect(within(grid).getByRole('row', { name: /c\.csv/ }).textContent).toContain('Size differs from the other pane');
    expect(within(grid).getByRole('row', { name: /alpha/ }).textContent).toContain('Missing in the other pane');
  });
});
