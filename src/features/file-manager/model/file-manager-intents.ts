import type { LocalCopyRequest } from '@/lib/events/local-copy-requested';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import type { PaneListing, PaneLocation, FocusRequest } from '@/features/file-manager/model/file-manager-state';
import type { PanePrefs, SavedPanePrefs } from '@/features/file-manager/model/pane-prefs';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import type { SelectionModifiers } from '@/features/file-manager/model/selection';

/** Changes the store makes itself (file-manager-reducer.ts). */
export type FileManagerAction =
  | { type: 'locate'; side: PaneSide; location: PaneLocation }
  | { type: 'expect'; side: PaneSide; location: PaneLocation; cursor: string | null }
  | { type: 'travel'; side: PaneSide; delta: number }
  | { type: 'listing'; side: PaneSide; listing: PaneListing | null }
  | { type: 'fetching'; side: PaneSide; fetching: boolean }
  | { type: 'activate'; side: PaneSide; focus?: boolean }
  | { type: 'focus'; side: PaneSide; target: FocusRequest['target'] }
  | { type: 'moveTo'; side: PaneSide; index: number; mods?: SelectionModifiers }
  /** The cursor goes to `name` in the folder at `path` (Transfer's echo), even before a refresh lists it. */
  | { type: 'follow'; side: PaneSide; collectionId: string; path: string; name: string }
  | { type: 'toggleMark'; side: PaneSide; index: number }
  | { type: 'markCursor'; side: PaneSide; advance: boolean }
  | { type: 'markAll'; side: PaneSide }
  | { type: 'markNames'; side: PaneSide; names: readonly string[] }
  | { type: 'clearMarks'; side: PaneSide }
  | { type: 'filter'; side: PaneSide; text: string }
  | { type: 'openDialog'; dialog: DialogRequest }
  | { type: 'closeDialog' }
  | { type: 'menu'; at: { x: number; y: number } | null }
  | { type: 'toggleCompare' }
  | { type: 'prefs'; side: PaneSide; change: Partial<PanePrefs> }
  | { type: 'prefsLoaded'; saved: SavedPanePrefs }
  | { type: 'pendingTaken' };

/** Things only the outside world can do: move the URL, refetch, read where focus is. */
export type FileManagerEffect =
  | { type: 'navigate'; side: PaneSide; location: PaneLocation; cursor?: string | null }
  | { type: 'go'; side: PaneSide; delta: -1 | 1 }
  | { type: 'swap' }
  | { type: 'refresh'; side: PaneSide }
  | { type: 'contextMenu' }
  /** Leave the file manager for another page of the app (a router location from `routeTo`). */
  | { type: 'openPage'; to: string }
  /** Copy between this computer and a collection: announced on the shared channel, never a Transfer task. */
  | { type: 'localCopy'; request: LocalCopyRequest }
  /** Ask the browser for a folder on this computer and show it in the pane. */
  | { type: 'pickLocalFolder'; side: PaneSide };

/** What a command or a UI event asks for: described as data, carried out by the store's `run`. */
export type FileManagerIntent = FileManagerAction | FileManagerEffect;

const EFFECTS: ReadonlySet<string> = new Set<FileManagerEffect['type']>([
  'navigate',
  'go',
  'swap',
  'refresh',
  'contextMenu',
  'openPage',
  'localCopy',
  'pickLocalFolder',
]);
export const isEffect = (i: FileManagerIntent): i is FileManagerEffect => EFFECTS.has(i.type);
