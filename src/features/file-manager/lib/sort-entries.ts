import type { FileEntry } from '@/lib/globus/transfer-types';
import { parseTransferTime } from '@/features/file-manager/lib/format';

export type SortKey = 'name' | 'size' | 'last_modified' | 'type';
export type SortState = { key: SortKey; dir: 'asc' | 'desc' };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const compareNames = (a: FileEntry, b: FileEntry) =>
  collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

type Keys = { byName: Uint32Array; isDir: Uint8Array; size: Float64Array; time: Float64Array | null };

/**
 * Per-listing sort keys, computed once: the collator and date parsing are the expensive parts, so a
 * 100,000-entry folder pays for them on the first sort and every later sort compares numbers only.
 */
const keyCache = new WeakMap<readonly FileEntry[], Keys>();

function keysFor(entries: readonly FileEntry[]): Keys {
  let keys = keyCache.get(entries);
  if (!keys) {
    const byName = Uint32Array.from(entries.map((_, i) => i).sort((i, j) => compareNames(entries[i]!, entries[j]!)));
    const isDir = Uint8Array.from(entries, (e) => (e.type === 'dir' ? 1 : 0));
    const size = Float64Array.from(entries, (e) => e.size ?? 0);
    keys = { byName, isDir, size, time: null };
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
    return digits(value, 0, 4) * 1e10 + digits(value, 5, 2) * 1e8 + digits(value, 8, 2) * 1e6 +
      digits(value, 11, 2) * 1e4 + digits(value, 14, 2) * 100 + digits(value, 17, 2);
  }
  const d = parseTransferTime(value);
  if (!d) return 0;
  return d.getUTCFullYear() * 1e10 + (d.getUTCMonth() + 1) * 1e8 + d.getUTCDate() * 1e6 +
    d.getUTCHours() * 1e4 + d.getUTCMinutes() * 100 + d.getUTCSeconds();
}

function times(entries: readonly FileEntry[], keys: Keys): Float64Array {
  if (!keys.time) {
    const t = new Float64Array(entries.length);
    for (let i = 0; i < entries.length; i += 1) t[i] = timeOf(entries[i]!.last_modified);
    keys.time = t;
  }
  return keys.time;
}

/**
 * Folders always come first (whatever the direction), then by the chosen column, then by name.
 * Starts from the cached name order and relies on a stable sort for the name tie-break.
 */
export function sortEntries(entries: readonly FileEntry[], sort: SortState): FileEntry[] {
  const keys = keysFor(entries);
  const { isDir } = keys;
  const desc = sort.dir === 'desc';
  const order = Array.from(keys.byName);
  if (desc) order.reverse();
  let sorted: number[];
  if (sort.key === 'name') {
    sorted = [...order.filter((i) => isDir[i]), ...order.filter((i) => !isDir[i])];
  } else {
    const k =
      sort.key === 'size'
        ? keys.size
        : sort.key === 'last_modified'
          ? times(entries, keys)
          : Float64Array.from(entries, (e) => TYPE_ORDER.indexOf(e.type));
    const sign = desc ? -1 : 1;
    sorted = order.sort((i, j) => isDir[j]! - isDir[i]! || sign * (k[i]! - k[j]!));
  }
  return sorted.map((i) => entries[i]!);
}

const TYPE_ORDER = ['blk', 'chr', 'dir', 'file', 'invalid_symlink', 'other', 'pipe'];
