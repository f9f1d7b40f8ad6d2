import { useCallback, useEffect, useState } from 'react';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import type { SortState } from '@/features/file-manager/lib/sort-entries';

export type PanePrefs = { showHidden: boolean; sort: SortState; showOwnerColumns: boolean };

const DEFAULTS: PanePrefs = { showHidden: false, sort: { key: 'name', dir: 'asc' }, showOwnerColumns: false };
/** Partial: prefs saved before a field existed lack it, and the defaults fill it in. */
export const panePrefsStore = createKeyValueStore<Partial<PanePrefs>>('file-manager-prefs');
const KEY = 'panes';

/** Show-hidden, sort order and the optional columns, remembered across sessions in IndexedDB (never Web Storage). */
export function usePanePrefs(): [PanePrefs, (update: Partial<PanePrefs>) => void] {
  const [prefs, setPrefs] = useState<PanePrefs>(DEFAULTS);
  useEffect(() => {
    let live = true;
    panePrefsStore
      .get(KEY)
      .then((saved) => {
        if (live && saved) setPrefs((p) => ({ ...p, ...saved }));
      })
      .catch(() => {}); // private windows may refuse IndexedDB: the defaults still work
    return () => {
      live = false;
    };
  }, []);
  const update = useCallback((change: Partial<PanePrefs>) => {
    setPrefs((p) => {
      const next = { ...p, ...change };
      void panePrefsStore.set(KEY, next).catch(() => {});
      return next;
    });
  }, []);
  return [prefs, update];
}
