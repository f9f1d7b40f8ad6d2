import { useCallback, useEffect, useState } from 'react';
import { createKeyValueStore } from '@/lib/storage/kv-store';
import type { SortState } from '@/features/file-manager/lib/sort-entries';

export type PanePrefs = { showHidden: boolean; sort: SortState };

const DEFAULTS: PanePrefs = { showHidden: false, sort: { key: 'name', dir: 'asc' } };
export const panePrefsStore = createKeyValueStore<PanePrefs>('file-manager-prefs');
const KEY = 'panes';

/** Show-hidden and sort order, remembered across sessions in IndexedDB (never Web Storage). */
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
