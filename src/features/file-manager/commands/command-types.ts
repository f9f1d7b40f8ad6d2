import type { PaneHandle, PaneSide } from '@/features/file-manager/model/pane-handle';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';

/** The parts of a KeyboardEvent commands look at (so tests can pass plain objects). */
export type KeyLike = { key: string; code?: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean };

export type CommandContext = {
  active: PaneHandle;
  other: PaneHandle | null;
  activeSide: PaneSide;
  openDialog(request: DialogRequest): void;
  switchPane(): void;
  swapPanes(): void;
  openInOther(collectionId: string, path: string): void;
  compare: boolean;
  toggleCompare(): void;
  openContextMenu(): void;
};

export type CommandGroup = 'Navigate' | 'Select' | 'Files' | 'Panes' | 'Help';

/** One registry feeds key handling, the function-key bar, the context menu and the help overlay (docs/architecture.md#commands). */
export type Command = {
  id: string;
  label: string;
  group: CommandGroup;
  /** Key chords as shown to people, e.g. `F5`, `Ctrl+A`, `Shift+F10`; keyTest is derived from them. */
  keys: readonly string[];
  keyTest: (e: KeyLike) => boolean;
  predicate: (ctx: CommandContext) => boolean;
  perform: (ctx: CommandContext) => void;
  /** Shown on the function-key bar under this key label. */
  fkey?: string;
  /** Offered in the row context menu. */
  menu?: boolean;
};
