import { fileManagerReducer } from '@/features/file-manager/model/file-manager-reducer';
import {
  isEffect,
  type FileManagerAction,
  type FileManagerEffect,
  type FileManagerIntent,
} from '@/features/file-manager/model/file-manager-intents';
import type { FileManagerState, PaneLocation } from '@/features/file-manager/model/file-manager-state';
import type { PanePrefs } from '@/features/file-manager/model/pane-prefs';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { historyTarget } from '@/features/file-manager/model/pane-history';
import { localCopyRequested } from '@/lib/events/local-copy-requested';

/** What the store cannot do by itself; the shell connects these (the URL, the query cache, IndexedDB, the DOM). */
export type FileManagerIO = {
  /** Move a pane: the URL changes, and the store follows it. */
  navigate(side: PaneSide, location: PaneLocation): void;
  swap(): void;
  refresh(location: PaneLocation): void;
  savePrefs(side: PaneSide, prefs: PanePrefs): void;
  /** Where a keyboard-opened context menu goes (near the focused element). */
  menuAnchor(): { x: number; y: number };
  /** Go to another page of the app. */
  openPage?(to: string): void;
  /** Ask for a folder on this computer (a key press or click is the gesture the browser needs) and open it. */
  pickLocalFolder?(side: PaneSide): void;
};

/**
 * The file manager's one store: a reducer behind `useSyncExternalStore`, so each pane subscribes to
 * its own slice and moving the cursor in a 100,000-entry listing re-renders that pane only.
 */
export function createFileManagerStore(initial: FileManagerState) {
  let state = initial;
  let io: FileManagerIO | null = null;
  const listeners = new Set<() => void>();

  const dispatch = (action: FileManagerAction) => {
    const next = fileManagerReducer(state, action);
    if (next === state) return;
    state = next;
    for (const l of listeners) l();
    if (action.type === 'prefs') io?.savePrefs(action.side, state.prefs[action.side]);
  };

  const perform = (effect: FileManagerEffect) => {
    switch (effect.type) {
      case 'navigate':
        dispatch({ type: 'expect', side: effect.side, location: effect.location, cursor: effect.cursor ?? null });
        io?.navigate(effect.side, effect.location);
        return;
      case 'go': {
        const pane = state.panes[effect.side];
        const target = historyTarget(pane.history, effect.delta);
        if (target === null) return;
        dispatch({ type: 'travel', side: effect.side, delta: effect.delta });
        io?.navigate(effect.side, { collectionId: pane.collectionId, path: target });
        return;
      }
      case 'swap':
        io?.swap();
        return;
      case 'refresh':
        io?.refresh(state.panes[effect.side]);
        return;
      case 'contextMenu':
        if (io) dispatch({ type: 'menu', at: io.menuAnchor() });
        return;
      case 'openPage':
        io?.openPage?.(effect.to);
        return;
      case 'localCopy':
        localCopyRequested.emit(effect.request);
        return;
      case 'pickLocalFolder':
        io?.pickLocalFolder?.(effect.side);
        return;
    }
  };

  return {
    getState: () => state,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispatch,
    /** Carry out what a command or an event asked for, in order. */
    run: (intents: FileManagerIntent | readonly FileManagerIntent[] | null | undefined) => {
      const list: readonly FileManagerIntent[] = !intents
        ? []
        : Array.isArray(intents)
          ? intents
          : [intents as FileManagerIntent];
      for (const intent of list) {
        if (isEffect(intent)) perform(intent);
        else dispatch(intent);
      }
    },
    connect: (next: FileManagerIO) => {
      io = next;
    },
    /** Hands over, once, the action a login brought back, if `accepts` it. */
    takePending: (accepts: (pending: unknown) => boolean): unknown => {
      const pending = state.pending;
      if (pending === undefined || !accepts(pending)) return undefined;
      dispatch({ type: 'pendingTaken' });
      return pending;
    },
  };
}
export type FileManagerStore = ReturnType<typeof createFileManagerStore>;
