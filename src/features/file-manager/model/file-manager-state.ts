import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { DEFAULT_PREFS, type PanePrefs } from '@/features/file-manager/model/pane-prefs';
import { startHistory, type PaneHistory } from '@/features/file-manager/model/pane-history';
import { startSelection, type NameIndex, type Selection } from '@/features/file-manager/model/selection';

/** Where a pane is: the URL's collection id and raw path ('' = the collection's default folder). */
export type PaneLocation = { collectionId: string; path: string };

/** One pane's own state. The location mirrors the URL, which stays its source of truth. */
export type PaneState = PaneLocation & {
  selection: Selection;
  filter: string;
  history: PaneHistory;
  /** Set when this pane asked to go somewhere: once the URL arrives there, the cursor lands on `cursor`. */
  expected: (PaneLocation & { cursor: string | null }) | null;
};

/**
 * What a pane shows, derived from its listing query, the prefs and the filter, and published by the
 * pane whenever it changes, so commands, the function-key bar and compare can read it. Never serialized.
 */
export type PaneListing = {
  collectionId: string;
  collectionName: string;
  collection: Endpoint | undefined;
  /** The folder shown, as Transfer echoed it (the route path while the first listing loads). */
  path: string;
  /** The route path, or where Transfer put us when the route has none (its default folder). */
  shownPath: string;
  /** A listing of the current folder is on screen (not a placeholder, not an error). */
  listed: boolean;
  /** Visible entries in display order (sorted, filtered). */
  entries: readonly FileEntry[];
  names: NameIndex;
};

/** A request for keyboard focus, carried out by the pane after it rendered (a hidden pane cannot take focus). */
export type FocusRequest = { side: PaneSide; target: 'grid' | 'filter'; n: number };

/** The whole file manager: both panes, which one is active, the open dialog or menu, compare mode, each pane's view prefs. */
export type FileManagerState = {
  panes: Record<PaneSide, PaneState>;
  listings: Record<PaneSide, PaneListing | null>;
  /** A pane's listing is being (re)loaded. */
  fetching: Record<PaneSide, boolean>;
  active: PaneSide;
  compare: boolean;
  dialog: DialogRequest | null;
  menu: { x: number; y: number } | null;
  focus: FocusRequest | null;
  prefs: Record<PaneSide, PanePrefs>;
  /** An action of another pane feature, brought back by a login, waiting to be taken (opaque here). */
  pending: unknown;
};

function paneAt(location: PaneLocation, marks: readonly string[] = []): PaneState {
  const selection = startSelection();
  return {
    ...location,
    selection: marks.length ? { ...selection, marks: new Set(marks) } : selection,
    filter: '',
    history: startHistory(location.path),
    expected: null,
  };
}

export type InitialState = {
  locations: Record<PaneSide, PaneLocation>;
  active?: PaneSide | undefined;
  marks?: Partial<Record<PaneSide, readonly string[]>> | undefined;
  dialog?: DialogRequest | null | undefined;
  pending?: unknown;
};

export function initialFileManagerState({ locations, active, marks, dialog, pending }: InitialState): FileManagerState {
  return {
    panes: { left: paneAt(locations.left, marks?.left), right: paneAt(locations.right, marks?.right) },
    listings: { left: null, right: null },
    fetching: { left: false, right: false },
    active: active ?? 'left',
    compare: false,
    dialog: dialog ?? null,
    menu: null,
    focus: null,
    prefs: { left: DEFAULT_PREFS, right: DEFAULT_PREFS },
    pending,
  };
}
