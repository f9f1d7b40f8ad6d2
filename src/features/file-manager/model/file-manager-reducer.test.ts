import { describe, expect, it } from 'vitest';
import { fileManagerReducer as reduce } from '@/features/file-manager/model/file-manager-reducer';
import { fromAppState, toAppState } from '@/features/file-manager/model/app-state';
import { initialFileManagerState } from '@/features/file-manager/model/file-manager-state';
import { entry } from '@/features/file-manager/test/listing';
import { apply, listingOf, stateWith } from '@/features/file-manager/test/state';

const FILES = [entry('alpha', 'dir'), entry('b.txt'), entry('c.csv')];

describe('file manager state', () => {
  it('a new location from the URL starts afresh, with the cursor where the pane asked for it', () => {
    let s = apply(stateWith(listingOf('L', '/data/sub/', FILES)), [
      { type: 'markAll', side: 'left' },
      { type: 'filter', side: 'left', text: 'b' },
      { type: 'expect', side: 'left', location: { collectionId: 'L', path: '/data/' }, cursor: 'sub' },
    ]);
    s = reduce(s, { type: 'locate', side: 'left', location: { collectionId: 'L', path: '/data/' } });
    expect(s.panes.left).toMatchObject({ path: '/data/', filter: '', expected: null, selection: { cursor: 'sub' } });
    expect(s.panes.left.selection.marks.size).toBe(0);
    expect(s.panes.left.history.items).toEqual(['/data/sub/', '/data/']);
    // The same location again changes nothing at all.
    expect(reduce(s, { type: 'locate', side: 'left', location: { collectionId: 'L', path: '/data/' } })).toBe(s);
  });

  it('back and forward move through the pane history without pushing; another collection starts it over', () => {
    let s = stateWith(listingOf('L', '/a/', FILES));
    s = reduce(s, { type: 'locate', side: 'left', location: { collectionId: 'L', path: '/b/' } });
    s = reduce(s, { type: 'travel', side: 'left', delta: -1 });
    s = reduce(s, { type: 'locate', side: 'left', location: { collectionId: 'L', path: '/a/' } });
    expect(s.panes.left.history).toEqual({ items: ['/a/', '/b/'], index: 0, travelling: null });
    s = reduce(s, { type: 'locate', side: 'left', location: { collectionId: 'M', path: '/x/' } });
    expect(s.panes.left.history.items).toEqual(['/x/']);
  });

  it('marks that left the listing leave the marks, but only once the folder itself is listed', () => {
    let s = stateWith(null, null, { marks: { left: ['b.txt', 'gone.txt'] } });
    s = reduce(s, { type: 'listing', side: 'left', listing: listingOf('L', '/d/', FILES, { listed: false }) });
    expect([...s.panes.left.selection.marks]).toEqual(['b.txt', 'gone.txt']);
    s = reduce(s, { type: 'listing', side: 'left', listing: listingOf('L', '/d/', FILES) });
    expect([...s.panes.left.selection.marks]).toEqual(['b.txt']);
  });

  it('what survives a login: the active pane and each pane’s marks, restored as the starting state', () => {
    const s = apply(stateWith(listingOf('L', '/d/', FILES), listingOf('R', '/e/', FILES)), [
      { type: 'markNames', side: 'right', names: ['c.csv'] },
      { type: 'activate', side: 'right' },
    ]);
    const saved = toAppState(s);
    expect(saved).toEqual({
      kind: 'file-manager',
      active: 'right',
      selections: { left: [], right: ['c.csv'] },
      dialog: null,
    });
    const back = initialFileManagerState({
      locations: { left: s.panes.left, right: s.panes.right },
      ...fromAppState({ ...saved, pending: 'x' }),
    });
    expect(back.active).toBe('right');
    expect([...back.panes.right.selection.marks]).toEqual(['c.csv']);
    expect(back.pending).toBe('x');
  });
});
