import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorFromFixture } from '@/test/fake-services';
import { entry, listing, LS } from '@/features/file-manager/test/listing';
import {
  LAZY,
  LEFT,
  leftGrid,
  renderShell,
  RIGHT,
  selectedNames,
  setUpDualPaneTests,
} from '@/features/file-manager/test/render-dual-pane';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpDualPaneTests();

describe('dual pane', () => {
  it('F7: an existing name is reported next to the field and the typed name is kept', async () => {
    const { calls } = renderShell([
      {
        method: 'POST',
        path: /\/mkdir$/,
        reply: () => {
          throw errorFromFixture({
            status: 502,
            response_body: {
              code: 'ExternalError.MkdirFailed.Exists',
              message: 'exists',
              request_id: 'r1',
              resource: '/x',
            },
          });
        },
      },
    ]);
    (await leftGrid()).focus();
    await userEvent.keyboard('{F7}');
    const dialog = await screen.findByRole('dialog', { name: 'New folder' }, LAZY);
    const box = within(dialog).getByRole('textbox', { name: 'Folder name' });
    await userEvent.type(box, 'a/b');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create folder' }));
    expect(within(dialog).getByText('A name cannot contain “/”.')).toBeTruthy();
    await userEvent.clear(box);
    await userEvent.type(box, 'alpha');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create folder' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('“alpha” already exists here');
    expect((box as HTMLInputElement).value).toBe('alpha');
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: 'operation/endpoint/L/mkdir',
      body: { path: '/left/alpha/' },
    });
  });

  it('F7 then F2: the new folder gets the cursor, so the rename that follows renames it and the cursor keeps its new name', async () => {
    const files = [...LEFT];
    const ok = { DATA_TYPE: 'result', code: 'ok', message: 'ok', request_id: 'r', resource: 'x' };
    const { calls } = renderShell([
      {
        path: LS,
        reply: (_o, m) => (m[1] === 'L' ? listing('/left/', [...files], 'L') : listing('/right/', RIGHT, 'R')),
      },
      {
        method: 'POST',
        path: /\/mkdir$/,
        reply: (o) => {
          files.push(entry((o.body as { path: string }).path.split('/').at(-2)!, 'dir'));
          return { ...ok, code: 'DirectoryCreated' };
        },
      },
      {
        method: 'POST',
        path: /\/rename$/,
        reply: (o) => {
          const { old_path, new_path } = o.body as { old_path: string; new_path: string };
          const i = files.findIndex((e) => e.name === old_path.split('/').pop());
          files[i] = { ...files[i]!, name: new_path.split('/').pop()! };
          return { ...ok, code: 'FileRenamed' };
        },
      },
    ]);
    const grid = await leftGrid();
    // The cursor on a file that sorts after the new folder, as when the user was looking at it.
    await userEvent.click(within(grid).getByRole('row', { name: /c\.csv/ }));
    await userEvent.keyboard('{F7}');
    const made = await screen.findByRole('dialog', { name: 'New folder' }, LAZY);
    await userEvent.type(within(made).getByRole('textbox', { name: 'Folder name' }), 'beta{Enter}');
    await within(grid).findByRole('row', { name: /beta/ });
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(selectedNames(grid)).toEqual(['beta']);
    await userEvent.keyboard('{F2}');
    const rename = await screen.findByRole('dialog', { name: 'Rename “beta”' }, LAZY);
    const box = within(rename).getByRole('textbox', { name: 'New name' });
    await userEvent.clear(box);
    await userEvent.type(box, 'zeta{Enter}');
    await within(grid).findByRole('row', { name: /zeta/ });
    await eventually(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(selectedNames(grid)).toEqual(['zeta']);
    const cursorRow = document.getElementById(grid.getAttribute('aria-activedescendant')!)!;
    expect(cursorRow.textContent).toContain('zeta');
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.body)).toMatchObject([
      { path: '/left/beta/' },
      { old_path: '/left/beta', new_path: '/left/zeta' },
    ]);
  });
});
