import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import type { PaneSide } from '@/features/file-manager/model/pane-handle';

/**
 * Carried through a Globus Auth round trip (consent, session step-up) as the login's appState,
 * so the user comes back to the same active pane, marks and half-filled dialog. Paths are in the URL.
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
