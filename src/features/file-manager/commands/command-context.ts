import type { FileEntry } from '@/lib/globus/transfer-types';
import type { CommandContext } from '@/features/file-manager/commands/command-types';
import type { FileManagerState, PaneListing, PaneState } from '@/features/file-manager/model/file-manager-state';
import { otherSide, type PaneSide } from '@/features/file-manager/model/pane-side';
import { cursorIndexOf } from '@/features/file-manager/model/selection';

/** A pane as commands see it: its own state plus what its listing shows (null while it has none). */
export type PaneFacts = { side: PaneSide; pane: PaneState; listing: PaneListing | null };

export const paneFacts = (state: FileManagerState, side: PaneSide): PaneFacts => ({
  side,
  pane: state.panes[side],
  listing: state.listings[side],
});
export const activePane = (c: CommandContext) => paneFacts(c.state, c.side);
export const otherPane = (c: CommandContext) => paneFacts(c.state, otherSide(c.side));

export const isListed = (p: PaneFacts) => Boolean(p.listing?.listed);

export function cursorEntry({ pane, listing }: PaneFacts): FileEntry | null {
  if (!listing) return null;
  const i = cursorIndexOf(pane.selection, listing.names);
  return i < 0 ? null : (listing.entries[i] ?? null);
}

/** How many entries a file command would act on, without walking a 100,000-entry listing. */
export const targetCount = (p: PaneFacts): number => p.pane.selection.marks.size || (cursorEntry(p) ? 1 : 0);

/** The marked entries in display order, or the entry under the cursor when nothing is marked. */
export function targets(p: PaneFacts): FileEntry[] {
  const { marks } = p.pane.selection;
  if (!marks.size) {
    const entry = cursorEntry(p);
    return entry ? [entry] : [];
  }
  return p.listing ? p.listing.entries.filter((e) => marks.has(e.name)) : [];
}

/** The one target, found by name (the marks are names), or null when there are none or several. */
export function singleTarget(p: PaneFacts): FileEntry | null {
  const { marks } = p.pane.selection;
  if (marks.size > 1) return null;
  if (!marks.size) return cursorEntry(p);
  const i = p.listing?.names.index.get([...marks][0]!);
  return i === undefined ? null : (p.listing!.entries[i] ?? null);
}

/** The folder the pane shows, as the route has it (or as Transfer echoed it when the route has none). */
export const shownPath = ({ pane, listing }: PaneFacts): string =>
  pane.path !== '' ? pane.path : (listing?.shownPath ?? '');
