import { describe, expect, it } from 'vitest';
import { fileManagerReducer as reduce } from '@/features/file-manager/model/file-manager-reducer';
import { fromAppState, toAppState } from '@/features/file-manager/model/app-state';
import { initialFileManagerState } from '@/features/file-manager/model/file-manager-state';
import { entry } from '@/features/file-manager/test/listing';
import { apply, listingOf, stateWith } from '@/features/file-manager/test/state';
import { cursorEntry, paneFacts, targets } from '@/features/file-manager/commands/command-context';
import type { FileManagerState } from '@/features/file-manager/model/file-manager-state';

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
    const at = { collectionId: 'L', path: '/d/' };
    let s = stateWith(null, null, { locations: { left: at, right: at }, marks: { left: ['b.txt', 'gone.txt'] } });
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

  describe('the cursor and the marks follow entries by name', () => {
    const cursorName = (s: FileManagerState) => cursorEntry(paneFacts(s, 'left'))?.name;
    const marked = (s: FileManagerState) => targets(paneFacts(s, 'left')).map((e) => e.name);
    const relisted = (s: FileManagerState, names: string[]) =>
      reduce(s, {
        type: 'listing',
        side: 'left',
        listing: listingOf(
          'L',
          '/d/',
          names.map((n) => entry(n, n === 'alpha' || n.startsWith('new') ? 'dir' : 'file')),
        ),
      });
    const start = () => apply(stateWith(listingOf('L', '/d/', FILES)), { type: 'moveTo', side: 'left', index: 1 });

    it('through a re-sort and a refresh that adds entries before them', () => {
      let s = start();
      expect([cursorName(s), marked(s)]).toEqual(['b.txt', ['b.txt']]);
      s = relisted(s, ['c.csv', 'b.txt', 'alpha']);
      expect([cursorName(s), marked(s)]).toEqual(['b.txt', ['b.txt']]);
      s = relisted(s, ['alpha', 'a0.txt', 'a1.txt', 'b.txt', 'c.csv']);
      expect([cursorName(s), marked(s)]).toEqual(['b.txt', ['b.txt']]);
      expect(s.panes.left.selection.cursorIndex).toBe(3);
    });

    it('a cursor whose entry left stays on its row, then follows the entry now there', () => {
      let s = start();
      s = relisted(s, ['alpha', 'c.csv']);
      expect([cursorName(s), [...s.panes.left.selection.marks]]).toEqual(['c.csv', []]);
      s = relisted(s, ['c.csv', 'alpha', 'zz']);
      expect(cursorName(s)).toBe('c.csv');
    });

    it('a new folder gets the cursor and the mark, waiting for the refresh that lists it', () => {
      let s = start();
      s = reduce(s, { type: 'follow', side: 'left', collectionId: 'L', path: '/d/', name: 'new folder' });
      // The listing on screen is the one from before the folder was made: nothing moves meanwhile.
      s = relisted(s, ['alpha', 'b.txt', 'c.csv']);
      expect(s.panes.left.selection).toMatchObject({ cursor: 'new folder', awaited: 'new folder' });
      s = relisted(s, ['alpha', 'new folder', 'b.txt', 'c.csv']);
      expect([cursorName(s), marked(s)]).toEqual(['new folder', ['new folder']]);
      expect(s.panes.left.selection.awaited).toBeNull();
      s = relisted(s, ['new folder', 'alpha', 'b.txt', 'c.csv']);
      expect(cursorName(s)).toBe('new folder');
    });

    it('a renamed entry keeps the cursor and the mark under its new name', () => {
      let s = start();
      s = reduce(s, { type: 'follow', side: 'left', collectionId: 'L', path: '/d/', name: 'zeta.txt' });
      s = relisted(s, ['alpha', 'c.csv', 'zeta.txt']);
      expect([cursorName(s), marked(s)]).toEqual(['zeta.txt', ['zeta.txt']]);
    });

    it('is not sent anywhere once the pane shows another folder', () => {
      let s = start();
      s = reduce(s, { type: 'locate', side: 'left', location: { collectionId: 'L', path: '/e/' } });
      s = reduce(s, { type: 'listing', side: 'left', listing: listingOf('L', '/e/', [entry('x')]) });
      expect(reduce(s, { type: 'follow', side: 'left', collectionId: 'L', path: '/d/', name: 'new' })).toBe(s);
    });
  });
});
