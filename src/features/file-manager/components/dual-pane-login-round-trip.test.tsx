import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GlobusError } from '@/lib/globus/errors';
import { errorFixture, errorFromFixture } from '@/test/fake-services';
import type { FileManagerAppState } from '@/features/file-manager/model/app-state';
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
  it('consent needed at submit: the half-filled dialog goes along as appState and comes back', async () => {
    const consent = errorFromFixture(errorFixture('consent_required'));
    const { auth } = renderShell([
      { path: /^submission_id$/, reply: () => ({ value: 'sub-8' }) },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => {
          throw consent;
        },
      },
    ]);
    const grid = await leftGrid();
    grid.focus();
    await userEvent.keyboard('{Insert}{F5}');
    const dialog = await screen.findByRole('dialog', { name: /Transfer/ }, LAZY);
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'half done');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start transfer' }));
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Give consent' }));
    const call = vi.mocked(auth.login).mock.calls[0]![0] as unknown as {
      appState: FileManagerAppState;
      extraScopes: string[];
    };
    expect(call.extraScopes).toEqual(consent.requiredScopes);
    expect(call.appState).toMatchObject({
      kind: 'file-manager',
      active: 'left',
      selections: { left: ['alpha'] },
      dialog: { kind: 'transfer', form: { label: 'half done' } },
    });
    expect(consent).toBeInstanceOf(GlobusError);
  });

  it('restores the active pane, marks and the dialog from a login round trip', async () => {
    const form = {
      kind: 'mkdir' as const,
      side: 'right' as const,
      collectionId: 'R',
      path: '/right/',
      draft: 'typed before',
    };
    renderShell([], {
      kind: 'file-manager',
      active: 'right',
      selections: { left: ['c.csv'], right: [] },
      dialog: form,
    });
    const dialog = await screen.findByRole('dialog', { name: 'New folder' }, LAZY);
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Folder name' }).value).toBe('typed before');
    const grid = await leftGrid();
    await eventually(() => expect(selectedNames(grid)).toEqual(['c.csv']));
  });
});
