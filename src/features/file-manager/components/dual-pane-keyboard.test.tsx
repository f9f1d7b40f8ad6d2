import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeHttp } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { DualPane } from '@/features/file-manager/components/dual-pane';
import { fileCommands } from '@/features/file-manager/commands/file-commands';
import { TestFileManager } from '@/features/file-manager/test/render-file-manager';
import {
  LAZY,
  leftGrid,
  renderShell,
  selectedNames,
  setUpDualPaneTests,
} from '@/features/file-manager/test/render-dual-pane';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpDualPaneTests();

describe('dual pane', () => {
  it('keyboard selection: Insert marks and moves, Space toggles, Ctrl+A, Esc; Tab moves to the other pane', async () => {
    renderShell();
    const grid = await leftGrid();
    expect(within(grid).queryByRole('row', { name: /\.secret/ })).toBeNull(); // hidden files off by default
    grid.focus();
    await userEvent.keyboard('{Insert}{Insert}');
    expect(selectedNames(grid)).toEqual(['alpha', 'b #1 ü.txt']);
    await userEvent.keyboard(' ');
    expect(selectedNames(grid)).toEqual(['alpha', 'b #1 ü.txt', 'c.csv']);
    expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/3 selected/);
    await userEvent.keyboard('{Escape}');
    expect(selectedNames(grid)).toEqual([]);
    await userEvent.keyboard('{Control>}a{/Control}');
    expect(selectedNames(grid)).toHaveLength(3);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(screen.getByRole('grid', { name: 'Files in Right Lab at /right/' }));
  });

  it('F1 opens a help overlay listing every registered command with its keys', async () => {
    renderShell();
    (await leftGrid()).focus();
    await userEvent.keyboard('{F1}');
    const help = await screen.findByRole('dialog', { name: 'Keyboard commands' }, LAZY);
    for (const c of fileCommands.commands) {
      const row = help.querySelector(`[data-command="${c.id}"]`) as HTMLElement;
      expect(row?.textContent).toContain(c.label);
      for (const k of c.keys) expect(row.textContent).toContain(k);
    }
  });

  it('F1 and the F1 button open the help before any collection is open', async () => {
    const { http } = createFakeHttp([]);
    renderWithServices({
      http,
      element: (
        <TestFileManager left={{ collectionId: '', path: '' }} right={{ collectionId: '', path: '' }}>
          <DualPane
            paneNames={{ left: 'No collection', right: 'No collection' }}
            renderPane={(side) => <input key={side} aria-label={`Search collections ${side}`} />}
          />
        </TestFileManager>
      ),
    });
    await userEvent.click(screen.getByRole('textbox', { name: 'Search collections left' }));
    await userEvent.keyboard('{F1}');
    const help = await screen.findByRole('dialog', { name: 'Keyboard commands' }, LAZY);
    await userEvent.click(within(help).getAllByRole('button', { name: /Close/ })[0]!);
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    const button = within(screen.getByRole('navigation', { name: 'Commands' })).getByRole('button', {
      name: /Keyboard help/,
    });
    expect((button as HTMLButtonElement).disabled).toBe(false);
    await userEvent.click(button);
    expect(await screen.findByRole('dialog', { name: 'Keyboard commands' }, LAZY)).toBeTruthy();
  });
});
