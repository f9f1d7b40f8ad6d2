import type { FileEntry } from '@/lib/globus/transfer-types';
import { parseTransferTime } from '@/features/file-manager/lib/format';

export type SortKey = 'name' | 'size' | 'last_modified' | 'type';
export type SortState = { key: SortKey; dir: 'asc' | 'desc' };

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const byName = (a: FileEntry, b: FileEntry) =>
  collator.compare(a.name, b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const time = (e: FileEntry) => parseTransferTime(e.last_modified)?.getTime() ?? 0;

const COMPARE: Record<SortKey, (a: FileEntry, b: FileEntry) => number> = {
  name: byName,
  size: (a, b) => (a.size ?? 0) - (b.size ?? 0),
  last_modified: (a, b) => time(a) - time(b),
  type: (a, b) => collator.compare(a.type, b.type),
};

/** Folders always come first (whatever the direction), then by the chosen column, then by name. */
export function sortEntries(entries: readonly FileEntry[], sort: SortState): FileEntry[] {
  const compare = COMPARE[sort.key];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...entries].sort((a, b) => {
    const folders = Number(b.type === 'dir') - Number(a.type === 'dir');
    if (folders) return folders;
    return sign * (compare(a, b) || byName(a, b));
  });
}
