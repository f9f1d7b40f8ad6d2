import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GlobusError } from '@/lib/globus/errors';
import { createFakeHttp, setUpComponentTests } from '@/test/fake-services';
import { renderWithServices } from '@/test/render';
import { MoveDialog } from '@/features/file-manager/components/dialogs/move-dialog';
import { eventually } from '@/test/eventually';

// Registers the suite's before/after hooks (a test set-up, not a React hook).
setUpComponentTests();

const exists = () =>
  new GlobusError({
    service: 'transfer',
    status: 409,
    code: 'ExternalError.RenameFailed.Exists',
    message: 'exists',
    body: {},
  });

function renderMove(names: string[], failing: Set<string>) {
  const { http, calls } = createFakeHttp([
    {
      method: 'POST',
      path: /^operation\/endpoint\/c-1\/rename$/,
      reply: (opts) => {
        const body = opts.body as { old_path: string };
        const name = body.old_path.split('/').pop()!;
        if (failing.has(name)) throw exists();
        return { DATA_TYPE: 'result', code: 'FileRenamed', message: 'ok', request_id: 'r', resource: 'x' };
      },
    },
  ]);
  const onClose = vi.fn();
  renderWithServices({
    http,
    element: (
      <MoveDialog
        request={{ kind: 'move', side: 'left', collectionId: 'c-1', path: '/data', names, target: '/archive/' }}
        onClose={onClose}
      />
    ),
  });
  const renamed = () => calls.map((c) => (c.body as { old_path: string; new_path: string }).new_path);
  return { onClose, renamed };
}

describe('MoveDialog', () => {
  it('moves every item, one rename each, then closes', async () => {
    const { onClose, renamed } = renderMove(['a', 'b c'], new Set());
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    await eventually(() => expect(onClose).toHaveBeenCalled());
    expect(renamed()).toEqual(['/archive/a', '/archive/b c']);
  });

  it('a failure pauses on that item; “Skip it” goes on with the rest and lists what was not moved', async () => {
    const failing = new Set(['b']);
    const { onClose, renamed } = renderMove(['a', 'b', 'c'], failing);
    await userEvent.click(screen.getByRole('button', { name: 'Move' }));
    const dialog = screen.getByRole('dialog');
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      expect.stringContaining('“b” already exists'),
    );
    expect(within(dialog).getByRole('status').textContent).toBe('1 of 3 moved.');
    expect(renamed()).toEqual(['/archive/a', '/archive/b']);

    // Try again retries the same item, not the ones already moved.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again' }));
    await eventually(() => expect(renamed()).toEqual(['/archive/a', '/archive/b', '/archive/b']));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Skip it' }));
    expect(await within(dialog).findByRole('list', { name: 'Items not moved' })).toHaveProperty('textContent', 'b');
    expect(within(dialog).getByRole('status').textContent).toBe('2 of 3 moved, 1 skipped.');
    expect(renamed()).toEqual(['/archive/a', '/archive/b', '/archive/b', '/archive/c']);
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });
});
