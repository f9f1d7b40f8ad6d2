import type { FileEntry } from '@/lib/globus/transfer-types';

/** Client-side, so toggling hidden files or typing a filter never refetches a 100,000-entry folder. */
export function filterEntries(entries: readonly FileEntry[], showHidden: boolean, text: string): readonly FileEntry[] {
  const needle = text.toLocaleLowerCase();
  if (showHidden && !needle) return entries;
  return entries.filter(
    (e) => (showHidden || !e.name.startsWith('.')) && (!needle || e.name.toLocaleLowerCase().includes(needle)),
  );
}
