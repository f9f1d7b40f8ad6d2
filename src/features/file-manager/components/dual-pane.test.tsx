import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GlobusError, NetworkError } from '@/lib/globus/errors';
import { taskSubmitted } from '@/lib/events/task-submitted';
import {
  createFakeHttp,
  errorFixture,
  errorFromFixture,
  type FakeRoute,
  setUpComponentTests,
} from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { DualPane } from '@/features/file-manager/components/dual-pane';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { fileCommands } from '@/features/file-manager/commands/file-commands';
import { panePrefsStore } from '@/features/file-manager/model/pane-prefs';
import { TestFileManager } from '@/features/file-manager/test/render-file-manager';
import { pendingSubmissions } from '@/features/file-manager/api/submit-task';
import type { FileManagerAppState } from '@/features/file-manager/model/app-state';
import { entry, listing } from '@/features/file-manager/test/listing';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpComponentTests();
beforeEach(async () => {
  await panePrefsStore.clear();
  await pendingSubmissions.clear();
  // happy-dom's <dialog> lacks showModal in some versions: open it as a plain dialog.
  if (!('showModal' in HTMLDialogElement.prototype)) {
    Object.assign(HTMLDialogElement.prototype, {
      showModal(this: HTMLDialogElement) {
        this.open = true;
      },
    });
  }
});

// The dialogs are a lazily loaded chunk: the first import can take a moment on a busy machine.
const LAZY = { timeout: 5000 };
const LS = /^operation\/endpoint\/([^/]+)\/ls$/;
const LEFT = [entry('alpha', 'dir'), entry('b #1 ü.txt'), entry('c.csv', 'file', 10), entry('.secret')];
const RIGHT = [entry('c.csv', 'file', 99), entry('other.txt')];

function renderShell(extra: FakeRoute[] = [], restore?: FileManagerAppState) {
  const routes: FakeRoute[] = [
    ...extra,
    { path: LS, reply: (_o, m) => (m[1] === 'L' ? listing('/left/', LEFT, 'L') : listing('/right/', RIGHT, 'R')) },
  ];
  const { http, calls } = createFakeHttp(routes);
  const onOpenIn = vi.fn();
  const onSwap = vi.fn();
  const { auth, unmount } = renderWithServices({
    entry: '/files?origin_id=L&destination_id=R',
    http,
    element: (
      <TestFileManager
        left={{ collectionId: 'L', path: '/left/' }}
        right={{ collectionId: 'R', path: '/right/' }}
        onMove={(side, loc) => onOpenIn(side, loc.collectionId, loc.path)}
        onSwap={onSwap}
        restore={restore}
      >
        <DualPane
          paneNames={{ left: 'Left Lab', right: 'Right Lab' }}
          renderPane={(side) => <FilePane side={side} collectionName={side === 'left' ? 'Left Lab' : 'Right Lab'} />}
        />
      </TestFileManager>
    ),
  });
  return { calls, auth, onOpenIn, onSwap, unmount };
}

async function leftGrid() {
  const grid = await screen.findByRole('grid', { name: 'Files in Left Lab at /left/' });
  await within(grid).findByRole('row', { name: /c\.csv/ });
  await screen.findByRole('grid', { name: 'Files in Right Lab at /right/' });
  return grid;
}
const selectedNames = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-selected') === 'true')
    .map((r) => within(r).getAllByRole('gridcell')[0]!.textContent);

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

  it('F5 opens the transfer dialog aimed at the other pane and submits one task with the chosen options', async () => {
    const events: string[] = [];
    onTestFinished(taskSubmitted.subscribe((t) => events.push(t.taskId)));
    const { calls } = renderShell([
      { path: /^submission_id$/, reply: () => ({ value: 'sub-7' }) },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => ({ code: 'Accepted', task_id: 'task-7', submission_id: 'sub-7' }),
      },
      {
        path: /^task_list$/,
        reply: () => ({ DATA: [{ task_id: 'task-7', status: 'ACTIVE', files: 2, files_transferred: 1 }] }),
      },
    ]);
    const grid = await leftGrid();
    grid.focus();
    await userEvent.keyboard('{Insert}{Insert}{F5}');
    const dialog = await screen.findByRole('dialog', { name: 'Transfer 2 items' }, LAZY);
    expect(within(dialog).getByRole<HTMLInputElement>('textbox', { name: 'Destination folder' }).value).toBe('/right/');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'nightly');
    await userEvent.selectOptions(within(dialog).getByRole('combobox', { name: 'Sync' }), '2');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Preserve modification times' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start transfer' }));
    expect(await screen.findByText(/in progress, 1 of 2 files/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'View task' }).getAttribute('href')).toBe('#/activity/task-7');
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body).toMatchObject({
      submission_id: 'sub-7',
      source_endpoint: 'L',
      destination_endpoint: 'R',
      label: 'nightly',
      sync_level: 2,
      preserve_timestamp: true,
      DATA: [
        { source_path: '/left/alpha/', destination_path: '/right/alpha/', recursive: true },
        { source_path: '/left/b #1 ü.txt', destination_path: '/right/b #1 ü.txt' },
      ],
    });
    expect(events).toContain('task-7');
  });

  it('after a failed connection, sending again re-uses the same submission id (never a second task)', async () => {
    let posts = 0;
    const { calls } = renderShell([
      {
        path: /^submission_id$/,
        reply: () => ({ value: `sub-${calls.filter((c) => c.path === 'submission_id').length}` }),
      },
      {
        method: 'POST',
        path: /^transfer$/,
        reply: () => {
          posts += 1;
          if (posts <= 3) throw new NetworkError('cut');
          return { code: 'Duplicate', task_id: 'task-9', submission_id: 'sub-1' };
        },
      },
      { path: /^task_list$/, reply: () => ({ DATA: [{ task_id: 'task-9', status: 'SUCCEEDED' }] }) },
    ]);
    (await leftGrid()).focus();
    await userEvent.keyboard('{Insert}{F5}');
    const dialog = await screen.findByRole('dialog', { name: /Transfer/ }, LAZY);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Start transfer' }));
    expect((await within(dialog).findByRole('alert', {}, LAZY)).textContent).toContain('No connection to Globus');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText(/succeeded/)).toBeTruthy();
    const ids = calls
      .filter((c) => c.method === 'POST')
      .map((c) => (c.body as { submission_id: string }).submission_id);
    expect(ids).toEqual(['sub-1', 'sub-1', 'sub-1', 'sub-1']);
    expect(calls.filter((c) => c.path === 'submission_id')).toHaveLength(1);
  });

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

  it('compare marks entries missing on the other side or differing in size', async () => {
    renderShell();
    const grid = await leftGrid();
    grid.focus();
    await userEvent.keyboard('{Alt>}c{/Alt}');
    expect(within(grid).getByRole('row', { name: /c\.csv/ }).textContent).toContain('Size differs from the other pane');
    expect(within(grid).getByRole('row', { name: /alpha/ }).textContent).toContain('Missing in the other pane');
  });
});
