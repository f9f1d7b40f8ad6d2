import type { FileEntry } from '@/lib/globus/transfer-types';
import { parseMode } from '@/features/file-manager/lib/entry-format';
import { parseTransferTime } from '@/lib/format/dates';
import { compareNamesFor, knownNameOrder, nameOrder } from '@/lib/globus/listing/name-order';

export type SortKey = 'name' | 'size' | 'last_modified' | 'type' | 'permissions' | 'owner';
export type SortState = { key: SortKey; dir: 'asc' | 'desc' };

const OPTIONAL_KEYS: readonly SortKey[] = ['permissions', 'owner'];

/** A sort on a column that is switched off would order rows by something nobody can see: use names. */
export function effectiveSort(sort: SortState, ownerColumns: boolean): SortState {
  return !ownerColumns && OPTIONAL_KEYS.includes(sort.key) ? { key: 'name', dir: 'asc' } : sort;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const compareNames = compareNamesFor();

type Lazy = 'time' | 'type' | 'mode' | 'owner';
type Keys = {
  byName: Uint32Array;
  isDir: Uint8Array;
  /** How many folders: they come first in every order. */
  dirs: number;
  size: Float64Array;
  /** Each column's ascending order (folders first, ties by name), computed once per listing. */
  ascending: Map<SortKey, Uint32Array>;
  /** The entries in each order already shown, so going back to a folder or a sort costs nothing. */
  shown: Map<string, readonly FileEntry[]>;
} & Record<Lazy, Float64Array | null>;

/**
 * Per-listing sort keys, computed once: the collator and date parsing are the expensive parts, so a
 * 100,000-entry folder pays for them on the first sort and every later sort compares numbers only.
 */
const keyCache = new WeakMap<readonly FileEntry[], Keys>();

function keysFor(entries: readonly FileEntry[]): Keys {
  let keys = keyCache.get(entries);
  if (!keys) {
    // A listing made in the listing worker comes with its name order.
    const byName =
      knownNameOrder(entries) ??
      Uint32Array.from(
        nameOrder(
          entries.map((e) => e.name),
          compareNames,
        ).order,
      );
    const n = entries.length;
    const isDir = new Uint8Array(n);
    const size = new Float64Array(n);
    let dirs = 0;
    for (let i = 0; i < n; i += 1) {
      const e = entries[i]!;
      if (e.type === 'dir') {
        isDir[i] = 1;
        dirs += 1;
      }
      size[i] = e.size ?? 0;
    }
    const ascending = new Map<SortKey, Uint32Array>();
    keys = { byName, isDir, dirs, size, ascending, shown: new Map(), time: null, type: null, mode: null, owner: null };
    keyCache.set(entries, keys);
  }
  return keys;
}

const digits = (v: string, from: number, n: number) => {
  let x = 0;
  for (let i = from; i < from + n; i += 1) x = x * 10 + (v.charCodeAt(i) - 48);
  return x;
};

/**
 * A number that orders like the time: YYYYMMDDhhmmss in UTC. Transfer writes `2018-04-04 18:30:26+00:00`,
 * read digit by digit (far faster than Date for 100,000 entries); any other form goes through Date.
 */
function timeOf(value: string | null | undefined): number {
  if (value && value.length === 25 && value.endsWith('+00:00')) {
    return (
      digits(value, 0, 4) * 1e10 +
      digits(value, 5, 2) * 1e8 +
      digits(value, 8, 2) * 1e6 +
      digits(value, 11, 2) * 1e4 +
      digits(value, 14, 2) * 100 +
      digits(value, 17, 2)
    );
  }
  const d = parseTransferTime(value);
  if (!d) return 0;
  return (
    d.getUTCFullYear() * 1e10 +
    (d.getUTCMonth() + 1) * 1e8 +
    d.getUTCDate() * 1e6 +
    d.getUTCHours() * 1e4 +
    d.getUTCMinutes() * 100 +
    d.getUTCSeconds()
  );
}

/**
 * Owners rank by the collator once per distinct name (a folder has few owners), so comparing
 * 100,000 rows is numeric. Unknown owners and modes rank below every known one.
 */
function ownerRanks(entries: readonly FileEntry[]): Float64Array {
  const distinct = [...new Set(entries.map((e) => e.user ?? ''))].sort(collator.compare);
  const rank = new Map<string, number>();
  let r = 0;
  distinct.forEach((u, i) => {
    // Names the collator calls equal (`ada`, `Ada`) share a rank, so the name tie-break still applies.
    if (i > 0 && collator.compare(distinct[i - 1]!, u) !== 0) r += 1;
    rank.set(u, u ? r : -1);
  });
  return Float64Array.from(entries, (e) => rank.get(e.user ?? '')!);
}

const LAZY: Record<Lazy, (entries: readonly FileEntry[]) => Float64Array> = {
  time: (entries) => {
    const t = new Float64Array(entries.length);
    for (let i = 0; i < entries.length; i += 1) t[i] = timeOf(entries[i]!.last_modified);
    return t;
  },
  type: (entries) => Float64Array.from(entries, (e) => TYPE_ORDER.indexOf(e.type)),
  mode: (entries) => Float64Array.from(entries, (e) => parseMode(e.permissions) ?? -1),
  owner: ownerRanks,
};

/** Keys only some sorts need are computed on first use, then kept with the listing. */
function lazyKey(entries: readonly FileEntry[], keys: Keys, which: Lazy): Float64Array {
  return (keys[which] ??= LAZY[which](entries));
}

/** The name order with the folders moved to the front, in one pass. */
function foldersFirst(keys: Keys): Uint32Array {
  const { byName, isDir } = keys;
  const out = new Uint32Array(byName.length);
  let d = 0;
  let f = keys.dirs;
  for (let n = 0; n < byName.length; n += 1) {
    const i = byName[n]!;
    out[isDir[i] ? d++ : f++] = i;
  }
  return out;
}

function columnKey(entries: readonly FileEntry[], keys: Keys, key: Exclude<SortKey, 'name'>): Float64Array {
  if (key === 'size') return keys.size;
  if (key === 'last_modified') return lazyKey(entries, keys, 'time');
  if (key === 'permissions') return lazyKey(entries, keys, 'mode');
  return lazyKey(entries, keys, key === 'owner' ? 'owner' : 'type');
}

/** Folders first, then by the column, then by name; starts from the name order and relies on a stable sort. */
function ascendingOrder(entries: readonly FileEntry[], keys: Keys, key: SortKey): Uint32Array {
  let order = keys.ascending.get(key);
  if (!order) {
    if (key === 'name') order = foldersFirst(keys);
    else {
      const k = columnKey(entries, keys, key);
      const { isDir } = keys;
      order = Uint32Array.from(Array.from(keys.byName).sort((i, j) => isDir[j]! - isDir[i]! || k[i]! - k[j]!));
    }
    keys.ascending.set(key, order);
  }
  return order;
}

/**
 * Folders always come first (whatever the direction), then by the chosen column, then by name in the
 * same direction. A descending order is the ascending one read backwards within the folders and
 * within the files, so reversing a sort never sorts again.
 */
export function sortEntries(entries: readonly FileEntry[], sort: SortState): readonly FileEntry[] {
  const keys = keysFor(entries);
  const id = `${sort.key} ${sort.dir}`;
  const seen = keys.shown.get(id);
  if (seen) return seen;
  const order = ascendingOrder(entries, keys, sort.key);
  const n = order.length;
  const out = new Array<FileEntry>(n);
  if (sort.dir === 'asc') for (let i = 0; i < n; i += 1) out[i] = entries[order[i]!]!;
  else {
    const { dirs } = keys;
    for (let i = 0; i < dirs; i += 1) out[i] = entries[order[dirs - 1 - i]!]!;
    for (let i = dirs; i < n; i += 1) out[i] = entries[order[n - 1 - (i - dirs)]!]!;
  }
  keys.shown.set(id, out);
  return out;
}

const TYPE_ORDER = ['blk', 'chr', 'dir', 'file', 'invalid_symlink', 'other', 'pipe'];
