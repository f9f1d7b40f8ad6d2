import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import type { SortState } from '@/features/file-manager/lib/sort-entries';

export type PanePrefs = { showHidden: boolean; sort: SortState; showOwnerColumns: boolean };

const DEFAULTS: PanePrefs = { showHidden: false, sort: { key: 'name', dir: 'asc' }, showOwnerColumns: false };
/** Partial: prefs saved before a field existed lack it, and the defaults fill it in. */
export const panePrefsStore = createKeyValueStore<Partial<PanePrefs>>('file-manager-prefs');
const KEY = 'panes';

// One set of prefs for both panes, shared live: a pane saving only its own copy would overwrite what
// the other pane had just changed.
let current: PanePrefs = DEFAULTS;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();
const publish = (next: PanePrefs) => {
  current = next;
  listeners.forEach((l) => l());
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const load = () =>
  (loading ??= panePrefsStore
    .get(KEY)
    .then((saved) => saved && publish({ ...current, ...saved }))
    .catch(() => {})); // private windows may refuse IndexedDB: the defaults still work

/** Forget the prefs held in memory (tests start each case from what IndexedDB holds). */
export function resetPanePrefs() {
  current = DEFAULTS;
  loading = null;
}

/** Show-hidden, sort order and the optional columns, remembered across sessions in IndexedDB (never Web Storage). */
export function usePanePrefs(): [PanePrefs, (update: Partial<PanePrefs>) => void] {
  const prefs = useSyncExternalStore(subscribe, () => current);
  useEffect(() => void load(), []);
  const update = useCallback((change: Partial<PanePrefs>) => {
    const next = { ...current, ...change };
    publish(next);
    void panePrefsStore.set(KEY, next).catch(() => {});
  }, []);
  return [prefs, update];
}
