import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';

export type PaneSide = 'left' | 'right';
export const otherSide = (side: PaneSide): PaneSide => (side === 'left' ? 'right' : 'left');

/**
 * What a pane exposes to commands. Read at the moment a command runs (through a ref), so moving
 * the cursor never re-renders the other pane.
 */
export type PaneHandle = {
  side: PaneSide;
  collectionId: string;
  collectionName: string;
  collection: Endpoint | undefined;
  /** The folder shown, as Transfer echoed it ('' while the first listing loads). */
  path: string;
  listed: boolean;
  /** Visible entries in display order (sorted, filtered). */
  entries: readonly FileEntry[];
  selectedNames: ReadonlySet<string>;
  cursorEntry: FileEntry | null;
  /** The selection, or the entry under the cursor when nothing is marked. */
  targets(): FileEntry[];
  navigate(path: string): void;
  refresh(): void;
  focus(): void;
  openCursor(): void;
  up(): void;
  back(): void;
  forward(): void;
  canGoBack: boolean;
  canGoForward: boolean;
  markCursor(advance: boolean): void;
  selectAll(): void;
  clearSelection(): void;
  selectNames(names: readonly string[]): void;
  showHidden: boolean;
  toggleHidden(): void;
  showOwnerColumns: boolean;
  toggleOwnerColumns(): void;
  focusFilter(): void;
};
