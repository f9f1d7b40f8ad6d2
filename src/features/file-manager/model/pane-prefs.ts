import { createKeyValueStore } from '@/lib/storage/kv-store';
import type { SortState } from '@/features/file-manager/lib/sort-entries';

/** Show-hidden, sort order and the optional columns: one set for both panes, remembered in IndexedDB (never Web Storage). */
export type PanePrefs = { showHidden: boolean; sort: SortState; showOwnerColumns: boolean };

export const DEFAULT_PREFS: PanePrefs = {
  showHidden: false,
  sort: { key: 'name', dir: 'asc' },
  showOwnerColumns: false,
};

/** Partial: prefs saved before a field existed lack it, and the defaults fill it in. */
export const panePrefsStore = createKeyValueStore<Partial<PanePrefs>>('file-manager-prefs');
const KEY = 'panes';

/** What was saved, or nothing (private windows may refuse IndexedDB: the defaults still work). */
export const loadPanePrefs = (): Promise<Partial<PanePrefs> | undefined> =>
  panePrefsStore.get(KEY).catch(() => undefined);

export const savePanePrefs = (prefs: PanePrefs): Promise<void> => panePrefsStore.set(KEY, prefs).catch(() => {});
