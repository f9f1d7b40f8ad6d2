import type { FileManagerAction } from '@/features/file-manager/model/file-manager-intents';
import type {
  FileManagerState,
  PaneListing,
  PaneLocation,
  PaneState,
} from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { arriveAt, startHistory, travel } from '@/features/file-manager/model/pane-history';
import {
  clearMarks,
  follow,
  keepByName,
  markAll,
  markCursor,
  markNames,
  moveCursor,
  nameIndex,
  startSelection,
  toggleMark,
  type NameIndex,
  type Selection,
} from '@/features/file-manager/model/selection';

const NO_NAMES: NameIndex = nameIndex([]);
const same = (a: PaneLocation, b: PaneLocation) => a.collectionId === b.collectionId && a.path === b.path;
/** The listing is of the folder the pane is at (not the one it just left). */
const showsPaneFolder = (pane: PaneState, listing: PaneListing) =>
  listing.collectionId === pane.collectionId && (pane.path === '' || listing.shownPath === pane.path);

/** A new location starts afresh: nothing marked, no filter, the cursor where the pane asked for it. */
function arrive(pane: PaneState, location: PaneLocation): PaneState {
  if (same(pane, location)) return pane;
  const cursor = pane.expected && same(pane.expected, location) ? pane.expected.cursor : null;
  return {
    ...location,
    selection: startSelection(cursor),
    filter: '',
    // Another collection is another place: its back/forward start over, as a fresh pane's would.
    history:
      pane.collectionId === location.collectionId ? arriveAt(pane.history, location.path) : startHistory(location.path),
    expected: null,
  };
}

function withPane(state: FileManagerState, side: PaneSide, pane: PaneState): FileManagerState {
  return pane === state.panes[side] ? state : { ...state, panes: { ...state.panes, [side]: pane } };
}

function withSelection(
  state: FileManagerState,
  side: PaneSide,
  change: (sel: Selection, names: NameIndex) => Selection,
) {
  const pane = state.panes[side];
  const selection = change(pane.selection, state.listings[side]?.names ?? NO_NAMES);
  return selection === pane.selection ? state : withPane(state, side, { ...pane, selection });
}

/** Every change to the file manager's state; pure, so it is tested without rendering anything. */
export function fileManagerReducer(state: FileManagerState, action: FileManagerAction): FileManagerState {
  switch (action.type) {
    case 'locate':
      return withPane(state, action.side, arrive(state.panes[action.side], action.location));
    case 'expect':
      return withPane(state, action.side, {
        ...state.panes[action.side],
        expected: { ...action.location, cursor: action.cursor },
      });
    case 'travel': {
      const pane = state.panes[action.side];
      const history = travel(pane.history, action.delta);
      return history === pane.history ? state : withPane(state, action.side, { ...pane, history });
    }
    case 'listing': {
      const { side, listing } = action;
      if (state.listings[side] === listing) return state;
      const next = { ...state, listings: { ...state.listings, [side]: listing } };
      // Only a listing of the folder itself may move the cursor or drop marks: marks brought back by
      // a login, or a cursor sent to the folder we came up from, wait for it.
      return listing?.listed && showsPaneFolder(next.panes[side], listing)
        ? withSelection(next, side, keepByName)
        : next;
    }
    case 'follow': {
      const listing = state.listings[action.side];
      if (!listing || listing.collectionId !== action.collectionId || listing.path !== action.path) return state;
      return withSelection(state, action.side, (sel, names) => follow(sel, names, action.name));
    }
    case 'fetching':
      return state.fetching[action.side] === action.fetching
        ? state
        : { ...state, fetching: { ...state.fetching, [action.side]: action.fetching } };
    case 'activate': {
      const focus = action.focus
        ? { side: action.side, target: 'grid' as const, n: (state.focus?.n ?? 0) + 1 }
        : state.focus;
      return state.active === action.side && focus === state.focus ? state : { ...state, active: action.side, focus };
    }
    case 'focus':
      return { ...state, focus: { side: action.side, target: action.target, n: (state.focus?.n ?? 0) + 1 } };
    case 'moveTo':
      return withSelection(state, action.side, (sel, names) => moveCursor(sel, names, action.index, action.mods));
    case 'toggleMark':
      return withSelection(state, action.side, (sel, names) => toggleMark(sel, names, action.index));
    case 'markCursor':
      return withSelection(state, action.side, (sel, names) => markCursor(sel, names, action.advance));
    case 'markAll':
      return withSelection(state, action.side, markAll);
    case 'markNames':
      return withSelection(state, action.side, (sel, names) => markNames(sel, names, action.names));
    case 'clearMarks':
      return withSelection(state, action.side, clearMarks);
    case 'filter': {
      const pane = state.panes[action.side];
      return pane.filter === action.text ? state : withPane(state, action.side, { ...pane, filter: action.text });
    }
    case 'openDialog':
      return { ...state, dialog: action.dialog, menu: null };
    case 'closeDialog':
      return state.dialog ? { ...state, dialog: null } : state;
    case 'menu':
      return { ...state, menu: action.at };
    case 'toggleCompare':
      return { ...state, compare: !state.compare };
    case 'prefs': {
      const { side, change } = action;
      return { ...state, prefs: { ...state.prefs, [side]: { ...state.prefs[side], ...change } } };
    }
    case 'prefsLoaded': {
      const { left, right } = action.saved;
      return { ...state, prefs: { left: { ...state.prefs.left, ...left }, right: { ...state.prefs.right, ...right } } };
    }
    case 'pendingTaken':
      return state.pending === undefined ? state : { ...state, pending: undefined };
  }
}
