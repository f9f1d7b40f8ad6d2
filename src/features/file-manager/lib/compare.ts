import type { FileEntry } from '@/lib/globus/transfer-types';
import { parseTransferTime } from '@/lib/format/dates';

/** How an entry differs from the same name in the other pane (nothing = same as far as ls can tell). */
export type CompareMark = 'missing' | 'newer' | 'size';

export const MARK_LABELS: Record<CompareMark, string> = {
  missing: 'Missing in the other pane',
  newer: 'Newer than in the other pane',
  size: 'Size differs from the other pane',
};

const time = (e: FileEntry) => parseTransferTime(e.last_modified)?.getTime() ?? 0;

export function compareEntries(mine: readonly FileEntry[], theirs: readonly FileEntry[]): Map<string, CompareMark> {
  const other = new Map(theirs.map((e) => [e.name, e]));
  const marks = new Map<string, CompareMark>();
  for (const e of mine) {
    const o = other.get(e.name);
    if (!o) marks.set(e.name, 'missing');
    else if (e.type !== 'dir' && o.type !== 'dir' && (e.size ?? 0) !== (o.size ?? 0)) marks.set(e.name, 'size');
    else if (e.type !== 'dir' && time(e) > time(o)) marks.set(e.name, 'newer');
  }
  return marks;
}

export type SyncLevelValue = '' | '0' | '1' | '2' | '3';
export type SyncDecision = { name: string; copy: boolean; reason: string };

/**
 * What a transfer with this sync level would copy at one folder level (docs/protocol/tasks.md#sync-levels):
 * 0 exists, 1 size, 2 source newer, 3 checksum (unknowable from a listing: counted as "may copy").
 */
export function syncPreview(
  source: readonly FileEntry[],
  dest: readonly FileEntry[],
  level: SyncLevelValue,
): SyncDecision[] {
  const other = new Map(dest.map((e) => [e.name, e]));
  return source.map((e) => {
    const o = other.get(e.name);
    if (!o) return { name: e.name, copy: true, reason: 'missing at the destination' };
    if (e.type === 'dir') return { name: e.name, copy: true, reason: 'folder: its contents are compared in turn' };
    if (level === '') return { name: e.name, copy: true, reason: 'always copy' };
    if (level === '0') return { name: e.name, copy: false, reason: 'exists at the destination' };
    if (level === '1') {
      const differs = (e.size ?? 0) !== (o.size ?? 0);
      return { name: e.name, copy: differs, reason: differs ? 'size differs' : 'same size' };
    }
    if (level === '2') {
      const newer = time(e) > time(o);
      return { name: e.name, copy: newer, reason: newer ? 'source is newer' : 'destination is as new or newer' };
    }
    return { name: e.name, copy: true, reason: 'copied if the checksum differs' };
  });
}
