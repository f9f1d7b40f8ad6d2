import type { FileManagerIntent } from '@/features/file-manager/model/file-manager-intents';
import type { FileManagerState } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

/** The parts of a KeyboardEvent commands look at (so tests can pass plain objects). */
export type KeyLike = {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
};

/** Plain data: the store's state and the pane a command acts on (the one with focus, normally the active one). */
export type CommandContext = { state: FileManagerState; side: PaneSide };

/** What a command asks for, as data; the store carries it out (file-manager-store.ts). */
export type CommandResult = FileManagerIntent | readonly FileManagerIntent[] | null | undefined;

export type CommandGroup = 'Navigate' | 'Select' | 'Files' | 'Panes' | 'Help';

/** How a command shows as a pane toolbar button. */
export type ToolbarSpec = {
  /** The button's accessible name. */
  name: string;
  icon?: 'back' | 'forward' | 'up' | 'refresh';
  /** Shown text when it differs from the name (toggles show a check box before it). */
  text?: string;
  /** The tooltip before the shortcut hint (default: the name). */
  title?: string;
};

/**
 * One registry feeds key handling, the function-key bar, the context menu, the pane toolbar and
 * the help overlay (docs/architecture.md). `predicate` and `perform` are pure functions of the context.
 */
export type Command = {
  id: string;
  label: string;
  /** The label where it depends on the panes (read through `commandLabel`); `label` names it in the help. */
  labelFor?: (ctx: CommandContext) => string;
  group: CommandGroup;
  /** Key chords as shown to people, e.g. `F5`, `Ctrl+A`, `Shift+F10`; keyTest is derived from them. */
  keys: readonly string[];
  keyTest: (e: KeyLike) => boolean;
  predicate: (ctx: CommandContext) => boolean;
  /**
   * Why the command does nothing here (e.g. a Transfer-only command in a pane of local files), or null.
   * A command with a reason is disabled, and says the reason rather than silently doing nothing.
   */
  unavailable?: (ctx: CommandContext) => string | null;
  perform: (ctx: CommandContext) => CommandResult;
  /** Shown on the function-key bar under this key label. */
  fkey?: string;
  /** Offered in the row context menu. */
  menu?: boolean;
  /** Shown on each pane's toolbar. */
  toolbar?: ToolbarSpec;
  /** A toggle's state (toolbar and function-key bar show it as pressed). */
  pressed?: (ctx: CommandContext) => boolean;
};
