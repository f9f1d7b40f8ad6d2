import { createKeyValueStore } from '@/lib/storage/kv-store';
import type { SortState } from '@/features/file-manager/lib/sort-entries';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

/** Show-hidden, sort order and the optional columns: each pane has its own, remembered in IndexedDB (never Web Storage). */
export type PanePrefs = { showHidden: boolean; sort: SortState; showOwnerColumns: boolean };

export const DEFAULT_PREFS: PanePrefs = {
  showHidden: false,
  sort: { key: 'name', dir: 'asc' },
  showOwnerColumns: false,
};

/** Partial: prefs saved before a field existed lack it, and the defaults fill it in. */
export const panePrefsStore = createKeyValueStore<Partial<PanePrefs>>('file-manager-prefs');
/** Where both panes' one set of prefs was kept before each pane had its own: both start from it. */
const SHARED_KEY = 'panes';

export type SavedPanePrefs = Partial<Record<PaneSide, Partial<PanePrefs>>>;

/** What was saved for each pane (private windows may refuse IndexedDB: the defaults still work). */
export async function loadPanePrefs(): Promise<SavedPanePrefs> {
  try {
    const [left, right, shared] = await Promise.all([
      panePrefsStore.get('left'),
      panePrefsStore.get('right'),
      panePrefsStore.get(SHARED_KEY),
    ]);
    const saved: SavedPanePrefs = {};
    if (left ?? shared) saved.left = left ?? shared;
    if (right ?? shared) saved.right = right ?? shared;
    return saved;
  } catch {
    return {};
  }
}

export const savePanePrefs = (side: PaneSide, prefs: PanePrefs): Promise<void> =>
  panePrefsStore.set(side, prefs).catch(() => {});
