import { describe, expect, it, vi } from 'vitest';
import { fileCommands } from '@/features/file-manager/commands/file-commands';
import { runCommand } from '@/features/file-manager/commands/registry';
import { createFileManagerStore } from '@/features/file-manager/model/file-manager-store';
import type { FileManagerState } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { entry } from '@/features/file-manager/test/listing';
import { apply, ctxOf, listingOf, stateWith } from '@/features/file-manager/test/state';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { routeTo } from '@/lib/routes/paths';

const LEFT = [entry('alpha', 'dir'), entry('b.txt'), entry('c.csv', 'file', 10)];
const RIGHT = [entry('c.csv', 'file', 99), entry('other.txt')];
const both = () => stateWith(listingOf('L', '/left/', LEFT), listingOf('R', '/right/', RIGHT));
/** The intents a command asks for, or false when it is not available. */
const run = (id: string, state: FileManagerState, side: PaneSide = 'left') => {
  const done = runCommand(fileCommands, id, ctxOf(state, side));
  return done && done.intents;
};
const press = (id: string, state: FileManagerState) => apply(state, run(id, state) || null);
const moveTo = (state: FileManagerState, index: number) => apply(state, { type: 'moveTo', side: 'left', index });

describe('file commands, as functions of the state', () => {
  it('Enter opens the folder under the cursor, and only a folder', () => {
    expect(run('open', both())).toEqual({
      type: 'navigate',
      side: 'left',
      location: { collectionId: 'L', path: '/left/alpha/' },
    });
    expect(run('open', moveTo(both(), 1))).toBe(false);
  });

  it('Backspace goes up with the cursor on the folder we came from; not above the root', () => {
    const inSub = stateWith(listingOf('L', '/left/sub/', LEFT));
    expect(run('up', inSub)).toEqual({
      type: 'navigate',
      side: 'left',
      location: { collectionId: 'L', path: '/left/' },
      cursor: 'sub',
    });
    expect(run('up', stateWith(listingOf('L', '/', LEFT)))).toBe(false);
  });

  it('Insert marks and moves down, Space toggles, Escape clears', () => {
    let s = press('mark-next', both());
    s = press('mark-next', s);
    expect([...s.panes.left.selection.marks]).toEqual(['alpha', 'b.txt']);
    expect(s.panes.left.selection.cursor).toBe('c.csv');
    s = moveTo(s, 1);
    expect([...s.panes.left.selection.marks]).toEqual(['b.txt']); // a plain move marks the row it lands on
    s = press('mark', s);
    expect(s.panes.left.selection.marks.size).toBe(0);
    s = press('mark', s);
    expect([...s.panes.left.selection.marks]).toEqual(['b.txt']);
    s = press('clear-selection', press('select-all', s));
    expect(s.panes.left.selection.marks.size).toBe(0);
  });

  it('F5 opens the transfer dialog from the marks, this pane as source and the other pane as destination', () => {
    const s = press('mark-next', press('mark-next', both()));
    expect(run('transfer', s)).toMatchObject({
      type: 'openDialog',
      dialog: {
        kind: 'transfer',
        form: {
          source: { collectionId: 'L', collectionName: 'L name', path: '/left/' },
          destination: { collectionId: 'R', collectionName: 'R name', path: '/right/' },
          items: [
            { name: 'alpha', isDir: true },
            { name: 'b.txt', isDir: false },
          ],
        },
      },
    });
    // From the right pane the roles turn round; with no other pane there is nowhere to send to.
    expect(run('transfer', both(), 'right')).toMatchObject({
      dialog: { form: { source: { collectionId: 'R' }, items: [{ name: 'c.csv' }] } },
    });
    expect(run('transfer', stateWith(listingOf('L', '/left/', LEFT)))).toBe(false);
  });

  it('F8 deletes the marked entries, or the one under the cursor when nothing is marked', () => {
    const marked = apply(both(), { type: 'markNames', side: 'left', names: ['c.csv', 'alpha'] });
    expect(run('delete', marked)).toMatchObject({
      dialog: { kind: 'delete', collectionId: 'L', path: '/left/', entries: [{ name: 'alpha' }, { name: 'c.csv' }] },
    });
    expect(run('delete', moveTo(both(), 2))).toMatchObject({ dialog: { entries: [{ name: 'c.csv' }] } });
    expect(run('delete', stateWith(listingOf('L', '/left/', [])))).toBe(false);
  });

  it('swap and Tab: the swap goes to the URL; Tab activates the other pane and asks for its focus', () => {
    expect(run('swap-panes', both())).toEqual({ type: 'swap' });
    const tabbed = press('switch-pane', both());
    expect(tabbed.active).toBe('right');
    expect(tabbed.focus).toMatchObject({ side: 'right', target: 'grid' });
    const swap = vi.fn();
    const store = createFileManagerStore(both());
    store.connect({
      navigate: vi.fn(),
      swap,
      refresh: vi.fn(),
      savePrefs: vi.fn(),
      menuAnchor: () => ({ x: 0, y: 0 }),
    });
    store.run(run('swap-panes', both()) || null);
    expect(swap).toHaveBeenCalledTimes(1);
  });

  it('compare needs both panes listed, and shows as pressed while on', () => {
    const compare = fileCommands.byId.get('compare')!;
    const on = press('compare', both());
    expect(on.compare).toBe(true);
    expect(compare.pressed?.(ctxOf(on))).toBe(true);
    expect(press('compare', on).compare).toBe(false);
    const loading = stateWith(listingOf('L', '/left/', LEFT), listingOf('R', '/right/', RIGHT, { listed: false }));
    expect(compare.predicate(ctxOf(loading))).toBe(false);
  });

  it('nothing but the help runs in a pane that is not there (the collection picker shows instead)', () => {
    const state = stateWith(null, listingOf('R', '/right/', RIGHT));
    expect(fileCommands.commands.filter((c) => c.predicate(ctxOf(state, 'left'))).map((c) => c.id)).toEqual(['help']);
  });

  it('Alt+P says what it needs instead of doing nothing unless exactly one folder is targeted', () => {
    const notice = (state: FileManagerState) => {
      const intents = run('sync-preview', state) as { dialog: { kind: string; text?: string } };
      return intents.dialog.kind === 'notice' ? intents.dialog.text : intents.dialog.kind;
    };
    expect(notice(moveTo(both(), 1))).toMatch(/cursor on one folder/);
    expect(notice(apply(both(), { type: 'markAll', side: 'left' }))).toMatch(/exactly one folder/);
    expect(notice(stateWith(listingOf('L', '/left/', LEFT)))).toMatch(/other pane first/);
    expect(notice(both())).toBe('sync-preview');
  });
  it('Share this folder opens the sharing page for the folder under the cursor (or the one shown), on hosts that share', () => {
    const host = { collection: { id: 'L', entity_type: 'GCP_mapped_collection' } as Endpoint };
    const s = stateWith(listingOf('L', '/left/', LEFT, host));
    expect(run('share-folder', s)).toEqual({ type: 'openPage', to: routeTo.shareFolder('L', '/left/alpha/') });
    expect(run('share-folder', moveTo(s, 1))).toEqual({ type: 'openPage', to: routeTo.shareFolder('L', '/left/') });
    const guest = { collection: { id: 'L', entity_type: 'GCSv5_guest_collection' } as Endpoint };
    expect(run('share-folder', stateWith(listingOf('L', '/left/', LEFT, guest)))).toBe(false);
    expect(run('share-folder', both())).toBe(false); // the collection document has not arrived
  });
});
