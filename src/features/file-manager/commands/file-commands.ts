import type { Command, CommandContext } from '@/features/file-manager/commands/command-types';
import { hostsGuestCollections } from '@/lib/globus/sharing-hosts';
import { keyTestFor } from '@/features/file-manager/commands/key-chords';
import { createRegistry } from '@/features/file-manager/commands/registry';
import {
  activePane,
  cursorEntry,
  isListed,
  otherPane,
  singleTarget,
  targetCount,
  targets,
} from '@/features/file-manager/commands/command-context';
import { goUp, openEntry, openIn } from '@/features/file-manager/commands/pane-intents';
import type { FileManagerIntent } from '@/features/file-manager/model/file-manager-intents';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import { canGoBack, canGoForward } from '@/features/file-manager/model/pane-history';
import { otherSide } from '@/features/file-manager/model/pane-side';
import { newTransferForm } from '@/features/file-manager/model/transfer-form';
import { transferSide } from '@/features/file-manager/model/transfer-side';
import { childPath, parentPath } from '@/lib/paths/collection-path';
import { routeTo } from '@/lib/routes/paths';
import { canPickFolders, NO_FOLDER_PICKER } from '@/lib/local-files/choose-local-folder';
import {
  eitherIsLocal,
  isLocalPane,
  localCopyRequest,
  localReasons,
} from '@/features/file-manager/commands/local-pane';

type Spec = Omit<Command, 'keyTest' | 'predicate'> & { predicate?: Command['predicate'] };
/**
 * Nothing runs while the pane it would act on is not there (e.g. the collection picker shows instead),
 * nor where it has a reason not to (said to the user instead).
 */
const cmd = ({ predicate, ...spec }: Spec): Command => ({
  ...spec,
  predicate: (c) => c.state.listings[c.side] !== null && !(spec.unavailable?.(c) ?? null) && (predicate?.(c) ?? true),
  keyTest: keyTestFor(spec.keys),
});

const listed = (c: CommandContext) => isListed(activePane(c));
const hasTargets = (c: CommandContext) => listed(c) && targetCount(activePane(c)) > 0;
const otherListed = (c: CommandContext) => isListed(otherPane(c));
/** A transfer only needs a destination folder: the other pane may be waiting for consent (Transfer then asks at submit). */
const otherHasFolder = (c: CommandContext) =>
  Boolean(otherPane(c).listing && (otherListed(c) || otherPane(c).listing!.path));
/** The active pane's listing, for commands whose predicate made sure it is there. */
const shown = (c: CommandContext) => activePane(c).listing!;

const open = (dialog: DialogRequest): FileManagerIntent => ({ type: 'openDialog', dialog });

function transferForm(c: CommandContext) {
  const items = targets(activePane(c)).map((e) => ({ name: e.name, isDir: e.type === 'dir' }));
  return newTransferForm(transferSide(shown(c)), transferSide(otherPane(c).listing!), items);
}

/** Every keyboard, menu, toolbar and function-key action of the file manager. */
export const FILE_COMMANDS: readonly Command[] = [
  cmd({
    id: 'open',
    label: 'Open folder',
    group: 'Navigate',
    keys: ['Enter'],
    menu: true,
    predicate: (c) => cursorEntry(activePane(c))?.type === 'dir',
    perform: (c) => openEntry(activePane(c), cursorEntry(activePane(c))),
  }),
  cmd({
    id: 'back',
    label: 'Back',
    group: 'Navigate',
    keys: ['Alt+ArrowLeft'],
    toolbar: { name: 'Back', icon: 'back' },
    predicate: (c) => canGoBack(activePane(c).pane.history),
    perform: (c) => ({ type: 'go', side: c.side, delta: -1 }),
  }),
  cmd({
    id: 'forward',
    label: 'Forward',
    group: 'Navigate',
    keys: ['Alt+ArrowRight'],
    toolbar: { name: 'Forward', icon: 'forward' },
    predicate: (c) => canGoForward(activePane(c).pane.history),
    perform: (c) => ({ type: 'go', side: c.side, delta: 1 }),
  }),
  cmd({
    id: 'up',
    label: 'Go up one level',
    group: 'Navigate',
    keys: ['Backspace'],
    toolbar: { name: 'Up', icon: 'up' },
    predicate: (c) => parentPath(shown(c).path) !== null,
    perform: (c) => goUp(activePane(c)),
  }),
  cmd({
    id: 'refresh',
    label: 'Refresh',
    group: 'Navigate',
    keys: ['Ctrl+R'],
    toolbar: { name: 'Refresh', icon: 'refresh' },
    predicate: (c) => !c.state.fetching[c.side],
    perform: (c) => ({ type: 'refresh', side: c.side }),
  }),
  cmd({
    id: 'filter',
    label: 'Filter this folder',
    group: 'Navigate',
    keys: ['Ctrl+F'],
    perform: (c) => ({ type: 'focus', side: c.side, target: 'filter' }),
  }),
  cmd({
    id: 'toggle-hidden',
    label: 'Show or hide hidden files',
    group: 'Navigate',
    keys: ['Ctrl+H'],
    toolbar: { name: 'Hidden', title: 'Show hidden files' },
    pressed: (c) => c.state.prefs[c.side].showHidden,
    perform: (c) => ({ type: 'prefs', side: c.side, change: { showHidden: !c.state.prefs[c.side].showHidden } }),
  }),
  cmd({
    id: 'toggle-owner-columns',
    label: 'Show or hide owner and permissions',
    group: 'Navigate',
    keys: ['Alt+L'],
    toolbar: { name: 'Owner and permissions', text: 'Permissions', title: 'Show owner and permissions columns' },
    pressed: (c) => c.state.prefs[c.side].showOwnerColumns,
    perform: (c) => ({
      type: 'prefs',
      side: c.side,
      change: { showOwnerColumns: !c.state.prefs[c.side].showOwnerColumns },
    }),
  }),
  cmd({
    id: 'mark-next',
    label: 'Mark and move down',
    group: 'Select',
    keys: ['Insert'],
    predicate: listed,
    perform: (c) => ({ type: 'markCursor', side: c.side, advance: true }),
  }),
  cmd({
    id: 'mark',
    label: 'Mark or unmark',
    group: 'Select',
    keys: ['Space'],
    predicate: listed,
    perform: (c) => ({ type: 'markCursor', side: c.side, advance: false }),
  }),
  cmd({
    id: 'select-all',
    label: 'Select all',
    group: 'Select',
    keys: ['Ctrl+A'],
    predicate: listed,
    perform: (c) => ({ type: 'markAll', side: c.side }),
  }),
  cmd({
    id: 'clear-selection',
    label: 'Clear selection',
    group: 'Select',
    keys: ['Escape'],
    perform: (c) => ({ type: 'clearMarks', side: c.side }),
  }),
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
  cmd({
    id: 'switch-pane',
    label: 'Switch to the other pane',
    group: 'Panes',
    keys: ['Tab'],
    predicate: (c) => otherPane(c).listing !== null,
    perform: (c) => ({ type: 'activate', side: otherSide(c.side), focus: true }),
  }),
  cmd({
    id: 'open-local-folder',
    label: 'Open a folder on this computer',
    group: 'Panes',
    keys: ['Alt+M'],
    // Browsers without the folder picker are told so, with the single-file way that does work.
    perform: (c) =>
      canPickFolders()
        ? { type: 'pickLocalFolder', side: c.side }
        : open({ kind: 'notice', title: 'This browser cannot open folders', text: NO_FOLDER_PICKER }),
  }),
  cmd({ id: 'swap-panes', label: 'Swap panes', group: 'Panes', keys: ['Ctrl+U'], perform: () => ({ type: 'swap' }) }),
  cmd({
    id: 'open-in-other',
    label: 'Open in the other pane',
    group: 'Panes',
    keys: ['Alt+O'],
    menu: true,
    predicate: listed,
    perform: (c) => {
      const e = cursorEntry(activePane(c));
      const path = e?.type === 'dir' ? childPath(shown(c).path, e.name) : shown(c).path;
      return openIn(otherSide(c.side), shown(c).collectionId, path);
    },
  }),
  cmd({
    id: 'compare',
    label: 'Compare panes',
    group: 'Panes',
    keys: ['Alt+C'],
    predicate: (c) => listed(c) && otherListed(c),
    pressed: (c) => c.state.compare,
    perform: () => ({ type: 'toggleCompare' }),
  }),
  cmd({
    id: 'context-menu',
    label: 'Open the context menu',
    group: 'Help',
    keys: ['Shift+F10', 'ContextMenu'],
    predicate: listed,
    perform: () => ({ type: 'contextMenu' }),
  }),
  {
    ...cmd({
      id: 'help',
      label: 'Keyboard help',
      group: 'Help',
      keys: ['F1', '?'],
      fkey: 'F1',
      perform: () => open({ kind: 'help' }),
    }),
    // Help is wanted most before anything is open.
    predicate: () => true,
  },
];

export const fileCommands = createRegistry(FILE_COMMANDS);

/** A command pressed or clicked where it has a reason not to run: the reason, said in a notice. */
export function explainUnavailable(id: string, ctx: CommandContext): FileManagerIntent | null {
  const command = fileCommands.byId.get(id);
  const reason = command?.unavailable?.(ctx);
  return command && reason
    ? open({ kind: 'notice', title: `${command.label}: not available here`, text: reason })
    : null;
}
