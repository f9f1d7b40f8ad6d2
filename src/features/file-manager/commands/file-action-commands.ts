import type { Command, CommandContext } from '@/features/file-manager/commands/command-types';
import {
  cmd,
  hasTargets,
  listed,
  open,
  otherHasFolder,
  otherListed,
  shown,
} from '@/features/file-manager/commands/command-spec';
import {
  activePane,
  cursorEntry,
  otherPane,
  singleTarget,
  targetCount,
  targets,
} from '@/features/file-manager/commands/command-context';
import {
  eitherIsLocal,
  isLocalPane,
  localCopyRequest,
  localReasons,
} from '@/features/file-manager/commands/local-pane';
import { newTransferForm } from '@/features/file-manager/model/transfer-form';
import { transferSide } from '@/features/file-manager/model/transfer-side';
import { hostsGuestCollections } from '@/lib/globus/sharing-hosts';
import { childPath } from '@/lib/paths/collection-path';
import { routeTo } from '@/lib/routes/paths';

function transferForm(c: CommandContext) {
  const items = targets(activePane(c)).map((e) => ({ name: e.name, isDir: e.type === 'dir' }));
  return newTransferForm(transferSide(shown(c)), transferSide(otherPane(c).listing!), items);
}

/** What acts on files and folders: details, rename, transfer or copy, move, new folder, delete, sync, share. */
export const FILE_ACTION_COMMANDS: readonly Command[] = [
  cmd({
    id: 'details',
    label: 'Details',
    group: 'Files',
    keys: ['F3'],
    fkey: 'F3',
    menu: true,
    predicate: (c) => listed(c) && cursorEntry(activePane(c)) !== null,
    perform: (c) =>
      open({
        kind: 'details',
        collectionName: shown(c).collectionName,
        path: shown(c).path,
        entry: cursorEntry(activePane(c))!,
      }),
  }),
  cmd({
    id: 'rename',
    label: 'Rename',
    group: 'Files',
    keys: ['F2'],
    fkey: 'F2',
    menu: true,
    unavailable: localReasons.rename,
    predicate: (c) => listed(c) && targetCount(activePane(c)) === 1 && singleTarget(activePane(c)) !== null,
    perform: (c) =>
      open({
        kind: 'rename',
        side: c.side,
        collectionId: shown(c).collectionId,
        path: shown(c).path,
        entry: singleTarget(activePane(c))!,
      }),
  }),
  cmd({
    id: 'transfer',
    label: 'Transfer to other pane',
    // With this computer on either side it is a copy through the HTTPS server, not a Transfer task.
    labelFor: (c) => (eitherIsLocal(c) ? 'Copy to other pane' : 'Transfer to other pane'),
    group: 'Files',
    keys: ['F5'],
    fkey: 'F5',
    menu: true,
    unavailable: localReasons.transfer,
    predicate: (c) => hasTargets(c) && otherHasFolder(c),
    // Between this computer and a collection: the copy is asked for on the shared channel, not as a Transfer task.
    perform: (c) => {
      if (!isLocalPane(activePane(c)) && !isLocalPane(otherPane(c)))
        return open({ kind: 'transfer', form: transferForm(c) });
      const request = localCopyRequest(c);
      return request ? { type: 'localCopy', request } : null;
    },
  }),
  cmd({
    id: 'copy-link',
    label: 'Copy link to this data',
    group: 'Files',
    keys: [],
    menu: true,
    unavailable: localReasons.copyLink,
    predicate: listed,
    // The marked entries, or the folder shown when nothing is marked: a link a portal could publish.
    perform: (c) => {
      const marked = activePane(c).pane.selection.marks;
      return open({
        kind: 'dataset-link',
        collectionId: shown(c).collectionId,
        path: shown(c).path,
        files: shown(c)
          .entries.filter((e) => marked.has(e.name))
          .map((e) => e.name),
      });
    },
  }),
  cmd({
    id: 'move',
    label: 'Move',
    group: 'Files',
    keys: ['F6'],
    fkey: 'F6',
    menu: true,
    unavailable: localReasons.move,
    predicate: hasTargets,
    perform: (c) => {
      const other = otherPane(c).listing;
      const target = other?.listed && other.collectionId === shown(c).collectionId ? other.path : shown(c).path;
      return open({
        kind: 'move',
        side: c.side,
        collectionId: shown(c).collectionId,
        path: shown(c).path,
        names: targets(activePane(c)).map((e) => e.name),
        target,
      });
    },
  }),
  cmd({
    id: 'mkdir',
    label: 'New folder',
    group: 'Files',
    keys: ['F7'],
    fkey: 'F7',
    menu: true,
    predicate: listed,
    perform: (c) => open({ kind: 'mkdir', side: c.side, collectionId: shown(c).collectionId, path: shown(c).path }),
  }),
  cmd({
    id: 'delete',
    label: 'Delete',
    group: 'Files',
    keys: ['F8', 'Delete'],
    fkey: 'F8',
    menu: true,
    predicate: hasTargets,
    perform: (c) =>
      open({
        kind: 'delete',
        side: c.side,
        collectionId: shown(c).collectionId,
        collectionName: shown(c).collectionName,
        path: shown(c).path,
        entries: targets(activePane(c)),
      }),
  }),
  cmd({
    id: 'sync-preview',
    label: 'Preview sync to other pane',
    group: 'Files',
    keys: ['Alt+P'],
    menu: true,
    unavailable: localReasons.syncPreview,
    predicate: listed,
    // Says what it needs rather than doing nothing when the panes are not set up for it.
    perform: (c) => {
      const one = targetCount(activePane(c)) === 1 ? singleTarget(activePane(c)) : null;
      const needs = !otherListed(c)
        ? 'Open a folder in the other pane first: the preview compares against it.'
        : one?.type !== 'dir'
          ? 'Put the cursor on one folder (or mark exactly one folder) to compare it with the folder of the same name in the other pane.'
          : null;
      if (needs) return open({ kind: 'notice', title: 'Sync preview needs one folder', text: needs });
      return open({ kind: 'sync-preview', form: { ...transferForm(c), syncLevel: '1' } });
    },
  }),
  cmd({
    id: 'share-folder',
    label: 'Share this folder',
    group: 'Files',
    keys: ['Alt+S'],
    menu: true,
    unavailable: localReasons.share,
    // Folders of mapped collections (and legacy hosts) can be shared; the sharing page explains what each allows.
    predicate: (c) => listed(c) && hostsGuestCollections(shown(c).collection?.entity_type),
    perform: (c) => {
      const e = cursorEntry(activePane(c));
      const path = e?.type === 'dir' ? childPath(shown(c).path, e.name) : shown(c).path;
      return { type: 'openPage', to: routeTo.shareFolder(shown(c).collectionId, path) };
    },
  }),
];
