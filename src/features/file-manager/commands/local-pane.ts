// What the commands do differently when a pane shows a folder on this computer (`local:<key>`):
// Transfer never sees such a folder, so nothing here may reach it with a local id. Copies between this
// computer and a collection are asked for on the shared channel; other Transfer-only commands say why not.
import type { LocalCopyRequest } from '@/lib/events/local-copy-requested';
import { isLocalCollection } from '@/lib/local-files/local-id';
import { canMoveLocally, renameUnavailable } from '@/lib/local-files/local-operations';
import type { CommandContext } from '@/features/file-manager/commands/command-types';
import {
  activePane,
  otherPane,
  shownPath,
  singleTarget,
  targets,
  type PaneFacts,
} from '@/features/file-manager/commands/command-context';
import type { PaneListing } from '@/features/file-manager/model/file-manager-state';

export const isLocalPane = (p: PaneFacts): boolean => isLocalCollection(p.pane.collectionId);
const activeIsLocal = (c: CommandContext) => isLocalPane(activePane(c));
export const eitherIsLocal = (c: CommandContext) => activeIsLocal(c) || isLocalPane(otherPane(c));

export const LOCAL_TO_LOCAL =
  'Both panes show folders on this computer. Copy between them with your computer’s own file manager; this page copies between this computer and a collection.';

/** Why a command does nothing in this pane, or null when it applies. */
export const localReasons = {
  rename: (c: CommandContext) => {
    const kind = activeIsLocal(c) ? singleTarget(activePane(c))?.type : undefined;
    return kind === 'dir' || kind === 'file' ? (canMoveLocally(kind) ? null : renameUnavailable(kind)) : null;
  },
  transfer: (c: CommandContext) => (activeIsLocal(c) && isLocalPane(otherPane(c)) ? LOCAL_TO_LOCAL : null),
  move: (c: CommandContext) =>
    activeIsLocal(c)
      ? 'Moving between folders on this computer is for your computer’s file manager. To copy to a collection, open it in the other pane and press F5.'
      : null,
  copyLink: (c: CommandContext) =>
    activeIsLocal(c) ? 'A folder on this computer has no link: nobody else (and no other browser) can open it.' : null,
  syncPreview: (c: CommandContext) =>
    eitherIsLocal(c)
      ? 'Sync preview compares two collections through Globus Transfer, which cannot see folders on this computer. Use Compare panes (Alt+C) to see which files differ.'
      : null,
  share: (c: CommandContext) =>
    activeIsLocal(c)
      ? 'Folders on this computer cannot be shared from here: only folders of a Globus collection can.'
      : null,
};

/** The request the copy feature answers, from the marked entries (or the cursor's) of the active pane. */
export function localCopyRequest(c: CommandContext): LocalCopyRequest | null {
  const from = activePane(c);
  const to = otherPane(c);
  if (!to.listing) return null;
  return copyBetween(
    from,
    to.listing,
    shownPath(from) || '/',
    targets(from).map((e) => ({ name: e.name, type: e.type === 'dir' ? 'dir' : 'file', size: e.size })),
    to.listing.path,
  );
}

/** One side is this computer, the other a collection; null when neither or both are local. */
export function copyBetween(
  from: PaneFacts,
  to: PaneListing,
  fromPath: string,
  items: LocalCopyRequest['items'],
  toPath: string,
): LocalCopyRequest | null {
  const up = isLocalPane(from);
  if (up === isLocalCollection(to.collectionId) || !items.length) return null;
  const local = up ? { id: from.pane.collectionId, path: fromPath } : { id: to.collectionId, path: toPath };
  const remote = up ? { id: to.collectionId, path: toPath } : { id: from.pane.collectionId, path: fromPath };
  return {
    direction: up ? 'up' : 'down',
    localRootId: local.id,
    localPath: local.path,
    collectionId: remote.id,
    collectionPath: remote.path,
    items,
  };
}

/** Said when files from the computer's desktop are dropped on a local pane: the browser cannot be asked to copy there. */
export const LOCAL_DROP_NOTICE = {
  kind: 'notice' as const,
  title: 'Dropping files here is not supported',
  text:
    'This pane shows a folder on this computer. To put files into it, copy them with your computer’s own file ' +
    'manager (Finder, Explorer, Files). To upload files to a collection, drop them on a pane showing that ' +
    'collection, or mark them here and press F5 with the collection open in the other pane.',
};
