import type { FileEntry } from '@/lib/globus/transfer-types';
import { childPath, parentPath } from '@/lib/paths/collection-path';
import { shownPath, type PaneFacts } from '@/features/file-manager/commands/command-context';
import type { FileManagerEffect } from '@/features/file-manager/model/file-manager-intents';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

/** Show `path` in a pane of the same collection. */
export const goTo = (p: PaneFacts, path: string, cursor?: string): FileManagerEffect => ({
  type: 'navigate',
  side: p.side,
  location: { collectionId: p.pane.collectionId, path },
  ...(cursor === undefined ? {} : { cursor }),
});

/** A folder entry opens in place; a file does nothing here (its actions are elsewhere). */
export function openEntry(p: PaneFacts, entry: FileEntry | null): FileManagerEffect | null {
  if (entry?.type !== 'dir' || !p.listing) return null;
  return goTo(p, childPath(p.listing.path, entry.name));
}

/** The folder above, with the cursor on the folder we came from. */
export function goUp(p: PaneFacts): FileManagerEffect | null {
  const from = shownPath(p);
  const up = from ? parentPath(from) : null;
  if (up === null) return null;
  const segments = from.split('/').filter(Boolean);
  return goTo(p, up, segments[segments.length - 1]);
}

export const openIn = (side: PaneSide, collectionId: string, path: string): FileManagerEffect => ({
  type: 'navigate',
  side,
  location: { collectionId, path },
});
