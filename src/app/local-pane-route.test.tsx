import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setUpComponentTests } from '@/test/fake-services';
import { renderApp } from '@/test/render-app';
import { routeTo } from '@/lib/routes/paths';
import { eventually } from '@/test/eventually';
import { clearLocalRoots } from '@/lib/local-files/local-roots';

vi.mock('@/lib/local-files/local-roots', async (original) => ({
  ...(await original<object>()),
  clearLocalRoots: vi.fn(() => Promise.resolve()),
}));

setUpComponentTests();

describe('a pane naming a folder on this computer', () => {
  it('that this browser does not remember: explains, offers to choose it again, and never asks Transfer about it', async () => {
    const { calls } = renderApp(routeTo.files({ originId: 'local:gone1234', originPath: '/a b/' }), []);
    expect(await screen.findByRole('heading', { name: 'Folder on this computer not remembered' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'This computer…' }));
    // Happy-dom has no folder picker: the plain explanation, with the single-file way.
    expect(screen.getByRole('region', { name: 'Folders on this computer' }).textContent).toMatch(
      /cannot open folders from your computer/,
    );
    expect(calls.filter((c) => c.path.includes('local:'))).toEqual([]);
  });

  it('logging out forgets the folders picked in this browser before leaving', async () => {
    const { auth } = renderApp(routeTo.files(), []);
    await userEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    await eventually(() => expect(auth.logout).toHaveBeenCalled());
    expect(clearLocalRoots).toHaveBeenCalled();
  });
});
