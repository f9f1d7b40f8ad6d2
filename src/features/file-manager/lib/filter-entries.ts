import type { FileEntry } from '@/lib/globus/transfer-types';

const DOT = 46;

/**
 * Client-side, so toggling hidden files or typing a filter never refetches a 100,000-entry folder.
 * When nothing is left out the same array comes back, so what is derived from it is kept too.
 */
export function filterEntries(entries: readonly FileEntry[], showHidden: boolean, text: string): readonly FileEntry[] {
  const needle = text.toLocaleLowerCase();
  if (!needle && (showHidden || !entries.some((e) => e.name.charCodeAt(0) === DOT))) return entries;
  return entries.filter(
    (e) => (showHidden || e.name.charCodeAt(0) !== DOT) && (!needle || e.name.toLocaleLowerCase().includes(needle)),
  );
}
