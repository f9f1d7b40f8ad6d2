import type { KeyboardEvent } from 'react';
import type { PaneHandle, PaneSide } from '@/features/file-manager/model/pane-handle';

export type DragPayload = { side: PaneSide; collectionId: string; path: string; items: { name: string; isDir: boolean }[] };
export const DRAG_TYPE = 'application/x-globus-files';

/** What the dual-pane shell hands each pane: activation, command keys, drops, compare. */
export type PaneBinding = {
  side: PaneSide;
  active: boolean;
  onActivate: () => void;
  register: (handle: PaneHandle) => void;
  unregister: () => void;
  onCommandKey: (e: KeyboardEvent) => boolean;
  onContextMenu: (x: number, y: number) => void;
  onDropFiles: (payload: DragPayload, targetPath: string) => void;
  /** Entries of the other pane while "compare" is on. */
  useCompareWith: () => readonly import('@/lib/globus/transfer-types').FileEntry[] | null;
  /** Marks to restore once the listing arrives (after a login round trip). */
  initialSelection?: readonly string[] | undefined;
};
