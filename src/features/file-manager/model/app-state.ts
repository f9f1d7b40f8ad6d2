import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import type { FileManagerState, InitialState } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

/**
 * What the file manager carries through a Globus Auth round trip (consent, session step-up, a session
 * that ended) as the login's appState, so the user comes back to the same active pane, marks and
 * half-filled dialog. The panes' locations need no carrying: they are in the URL the login returns to.
 */
export type FileManagerAppState = {
  kind: 'file-manager';
  active: PaneSide;
  selections: Record<PaneSide, string[]>;
  dialog: DialogRequest | null;
  /** An action of another pane feature to finish after the round trip (opaque here; e.g. a download). */
  pending?: unknown;
};

export function isFileManagerAppState(value: unknown): value is FileManagerAppState {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'file-manager';
}

/** The store's state as it must survive a login. A dialog's edits live in the dialog, which hands them over itself. */
export function toAppState(state: FileManagerState): FileManagerAppState {
  return {
    kind: 'file-manager',
    active: state.active,
    selections: { left: [...state.panes.left.selection.marks], right: [...state.panes.right.selection.marks] },
    dialog: null,
  };
}

/** Brought back by a login: where the store starts from (the locations come from the URL). */
export function fromAppState(saved: FileManagerAppState | null): Omit<InitialState, 'locations'> {
  if (!saved) return {};
  return { active: saved.active, marks: saved.selections, dialog: saved.dialog, pending: saved.pending };
}
