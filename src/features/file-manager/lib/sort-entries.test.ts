import { describe, expect, it, vi } from 'vitest';
import { effectiveSort, sortEntries, type SortState } from '@/features/file-manager/lib/sort-entries';
import { entry } from '@/features/file-manager/test/listing';
import { rememberNameOrder } from '@/lib/globus/listing/name-order';

const at = (name: string, type: 'dir' | 'file', size: number, last_modified: string) => ({
  ...entry(name, type, size),
  last_modified,
});
const list = [
  at('b.txt', 'file', 10, '2021-05-01 10:00:00+00:00'),
  at('A dir', 'dir', 4096, '2020-01-01 00:00:00+00:00'),
  at('a.txt', 'file', 10, '2021-05-01T11:00:00Z'),
  at('c10', 'file', 5, '2019-12-31 23:59:59+00:00'),
  at('c9', 'file', 99, '2022-02-02 02:02:02+00:00'),
  at('z dir', 'dir', 4096, '2023-01-01 00:00:00+00:00'),
];
const names = (sort: SortState) => sortEntries(list, sort).map((e) => e.name);

describe('sortEntries', () => {
  it('name: folders first, natural order, both directions', () => {
    expect(names({ key: 'name', dir: 'asc' })).toEqual(['A dir', 'z dir', 'a.txt', 'b.txt', 'c9', 'c10']);
    expect(names({ key: 'name', dir: 'desc' })).toEqual(['z dir', 'A dir', 'c10', 'c9', 'b.txt', 'a.txt']);
  });
  it('name order is the collator’s whatever order the listing arrives in (sorted, reversed, shuffled, mixed scripts)', () => {
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    const raw = [
      'file10.dat',
      'File9.dat',
      'file009.dat',
      '_hidden',
      '-dash',
      'résumé 2',
      'Resume 10',
      'Ωmega',
      'omega',
      'a.b',
      'a_b',
      'a-b',
      'a b',
      'A',
      'a',
      'Z#1',
      'z%2',
      '10',
      '9',
      '٣ arabic digit',
    ];
    const expected = [...raw].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
    // A fixed Fisher–Yates shuffle, so a failure can be replayed.
    const shuffled = [...raw];
    for (let i = shuffled.length - 1, seed = 7; i > 0; i -= 1) {
      seed = (seed * 16807) % 2147483647;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    for (const input of [expected, [...expected].reverse(), shuffled]) {
      const got = sortEntries(
        input.map((n) => entry(n)),
        { key: 'name', dir: 'asc' },
      ).map((e) => e.name);
      expect(got).toEqual(expected);
    }
  });

  it('a listing that came with its name order (from the listing worker) is sorted by it in every column', () => {
    const sent = [...list];
    // The order the worker worked out: a.txt, A dir, b.txt, c9, c10, z dir.
    rememberNameOrder(sent, Uint32Array.from([2, 1, 0, 4, 3, 5]));
    const compare = (sort: SortState) => sortEntries(sent, sort).map((e) => e.name);
    for (const key of ['name', 'size', 'last_modified'] as const)
      for (const dir of ['asc', 'desc'] as const) expect(compare({ key, dir })).toEqual(names({ key, dir }));
  });

  it('size: ties broken by name in the same direction', () => {
    expect(names({ key: 'size', dir: 'asc' })).toEqual(['A dir', 'z dir', 'c10', 'a.txt', 'b.txt', 'c9']);
    expect(names({ key: 'size', dir: 'desc' })).toEqual(['z dir', 'A dir', 'c9', 'b.txt', 'a.txt', 'c10']);
  });
  it('modified: Transfer’s format and ISO forms order by time', () => {
    expect(names({ key: 'last_modified', dir: 'asc' })).toEqual(['A dir', 'z dir', 'c10', 'b.txt', 'a.txt', 'c9']);
    expect(names({ key: 'last_modified', dir: 'desc' })).toEqual(['z dir', 'A dir', 'c9', 'a.txt', 'b.txt', 'c10']);
  });
  const owned = (name: string, type: 'dir' | 'file', permissions: string | null, user: string | null) => ({
    ...entry(name, type),
    permissions,
    user,
  });
  const perms = [
    owned('w', 'file', '0644', 'zoe'),
    owned('d2', 'dir', '0700', 'Ada'),
    owned('x', 'file', '0755', 'ada'),
    owned('v', 'file', '0600', null),
    owned('d1', 'dir', '0755', 'bob'),
    owned('u', 'file', null, 'bob'),
    owned('t', 'file', '0644', 'ADA'),
  ];
  const by = (sort: SortState) => sortEntries(perms, sort).map((e) => e.name);
  it('permissions: by mode, folders first, unknown lowest, ties by name in the same direction', () => {
    expect(by({ key: 'permissions', dir: 'asc' })).toEqual(['d2', 'd1', 'u', 'v', 't', 'w', 'x']);
    expect(by({ key: 'permissions', dir: 'desc' })).toEqual(['d1', 'd2', 'x', 'w', 't', 'v', 'u']);
  });
  it('owner: by user regardless of case, folders first, unknown lowest, ties by name', () => {
    expect(by({ key: 'owner', dir: 'asc' })).toEqual(['d2', 'd1', 'v', 't', 'x', 'u', 'w']);
    expect(by({ key: 'owner', dir: 'desc' })).toEqual(['d1', 'd2', 'w', 'u', 'x', 't', 'v']);
  });
  it('keeps the cached keys per listing: a second sort of the same array gives the same order', () => {
    expect(by({ key: 'owner', dir: 'asc' })).toEqual(by({ key: 'owner', dir: 'asc' }));
    expect(sortEntries([...perms].reverse(), { key: 'owner', dir: 'asc' }).map((e) => e.name)).toEqual(
      by({ key: 'owner', dir: 'asc' }),
    );
  });
  it('reversing a sort reads the sorted order backwards instead of sorting again', () => {
    const fresh = list.map((e) => ({ ...e }));
    const expected = names({ key: 'size', dir: 'desc' });
    sortEntries(fresh, { key: 'size', dir: 'asc' });
    const sorts = vi.spyOn(Array.prototype, 'sort');
    try {
      expect(sortEntries(fresh, { key: 'size', dir: 'desc' }).map((e) => e.name)).toEqual(expected);
      expect(sorts).not.toHaveBeenCalled();
    } finally {
      sorts.mockRestore();
    }
  });
  it('falls back to name order while the owner and permissions columns are off', () => {
    expect(effectiveSort({ key: 'owner', dir: 'desc' }, false)).toEqual({ key: 'name', dir: 'asc' });
    expect(effectiveSort({ key: 'permissions', dir: 'asc' }, false)).toEqual({ key: 'name', dir: 'asc' });
    expect(effectiveSort({ key: 'owner', dir: 'desc' }, true)).toEqual({ key: 'owner', dir: 'desc' });
    expect(effectiveSort({ key: 'size', dir: 'desc' }, false)).toEqual({ key: 'size', dir: 'desc' });
  });
});
