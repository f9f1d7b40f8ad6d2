import type { Command, CommandContext } from '@/features/file-manager/commands/command-types';
import { keyTestFor } from '@/features/file-manager/commands/key-chords';
import { createRegistry } from '@/features/file-manager/commands/registry';
import { newTransferForm } from '@/features/file-manager/model/transfer-form';
import { transferSide } from '@/features/file-manager/model/transfer-side';
import { childPath, parentPath } from '@/features/file-manager/lib/paths';

type Spec = Omit<Command, 'keyTest' | 'predicate'> & { predicate?: Command['predicate'] };
const cmd = (spec: Spec): Command => ({ predicate: () => true, ...spec, keyTest: keyTestFor(spec.keys) });

const listed = (c: CommandContext) => c.active.listed;
const hasTargets = (c: CommandContext) => c.active.listed && c.active.targets().length > 0;
const otherListed = (c: CommandContext) => Boolean(c.other?.listed);
/** A transfer only needs a destination folder: the other pane may be waiting for consent (Transfer then asks at submit). */
const otherHasFolder = (c: CommandContext) => Boolean(c.other && (c.other.listed || c.other.path));

function transferForm(c: CommandContext) {
  const items = c.active.targets().map((e) => ({ name: e.name, isDir: e.type === 'dir' }));
  return newTransferForm(transferSide(c.active), transferSide(c.other!), items);
}

/** Every keyboard, menu and function-key action of the file manager. */
export const FILE_COMMANDS: readonly Command[] = [
  cmd({ id: 'open', label: 'Open folder', group: 'Navigate', keys: ['Enter'], menu: true,
    predicate: (c) => c.active.cursorEntry?.type === 'dir', perform: (c) => c.active.openCursor() }),
  cmd({ id: 'up', label: 'Go up one level', group: 'Navigate', keys: ['Backspace'],
    predicate: (c) => parentPath(c.active.path) !== null, perform: (c) => c.active.up() }),
  cmd({ id: 'back', label: 'Back', group: 'Navigate', keys: ['Alt+ArrowLeft'],
    predicate: (c) => c.active.canGoBack, perform: (c) => c.active.back() }),
  cmd({ id: 'forward', label: 'Forward', group: 'Navigate', keys: ['Alt+ArrowRight'],
    predicate: (c) => c.active.canGoForward, perform: (c) => c.active.forward() }),
  cmd({ id: 'refresh', label: 'Refresh', group: 'Navigate', keys: ['Ctrl+R'], perform: (c) => c.active.refresh() }),
  cmd({ id: 'filter', label: 'Filter this folder', group: 'Navigate', keys: ['Ctrl+F'], perform: (c) => c.active.focusFilter() }),
  cmd({ id: 'toggle-hidden', label: 'Show or hide hidden files', group: 'Navigate', keys: ['Ctrl+H'],
    perform: (c) => c.active.toggleHidden() }),
  cmd({ id: 'toggle-owner-columns', label: 'Show or hide owner and permissions', group: 'Navigate', keys: ['Alt+L'],
    perform: (c) => c.active.toggleOwnerColumns() }),
  cmd({ id: 'mark-next', label: 'Mark and move down', group: 'Select', keys: ['Insert'], predicate: listed,
    perform: (c) => c.active.markCursor(true) }),
  cmd({ id: 'mark', label: 'Mark or unmark', group: 'Select', keys: ['Space'], predicate: listed,
    perform: (c) => c.active.markCursor(false) }),
  cmd({ id: 'select-all', label: 'Select all', group: 'Select', keys: ['Ctrl+A'], predicate: listed,
    perform: (c) => c.active.selectAll() }),
  cmd({ id: 'clear-selection', label: 'Clear selection', group: 'Select', keys: ['Escape'],
    perform: (c) => c.active.clearSelection() }),
  cmd({ id: 'details', label: 'Details', group: 'Files', keys: ['F3'], fkey: 'F3', menu: true,
    predicate: (c) => c.active.listed && c.active.cursorEntry !== null,
    perform: (c) => c.openDialog({ kind: 'details', collectionName: c.active.collectionName, path: c.active.path, entry: c.active.cursorEntry! }) }),
  cmd({ id: 'rename', label: 'Rename', group: 'Files', keys: ['F2'], fkey: 'F2', menu: true,
    predicate: (c) => c.active.listed && c.active.targets().length === 1,
    perform: (c) => c.openDialog({ kind: 'rename', side: c.activeSide, collectionId: c.active.collectionId,
      path: c.active.path, entry: c.active.targets()[0]! }) }),
  cmd({ id: 'transfer', label: 'Transfer to other pane', group: 'Files', keys: ['F5'], fkey: 'F5', menu: true,
    predicate: (c) => hasTargets(c) && otherHasFolder(c),
    perform: (c) => c.openDialog({ kind: 'transfer', form: transferForm(c) }) }),
  cmd({ id: 'move', label: 'Move', group: 'Files', keys: ['F6'], fkey: 'F6', menu: true, predicate: hasTargets,
    perform: (c) => {
      const sameCollection = c.other?.listed && c.other.collectionId === c.active.collectionId;
      c.openDialog({ kind: 'move', side: c.activeSide, collectionId: c.active.collectionId, path: c.active.path,
        names: c.active.targets().map((e) => e.name), target: sameCollection ? c.other!.path : c.active.path });
    } }),
  cmd({ id: 'mkdir', label: 'New folder', group: 'Files', keys: ['F7'], fkey: 'F7', menu: true, predicate: listed,
    perform: (c) => c.openDialog({ kind: 'mkdir', side: c.activeSide, collectionId: c.active.collectionId, path: c.active.path }) }),
  cmd({ id: 'delete', label: 'Delete', group: 'Files', keys: ['F8', 'Delete'], fkey: 'F8', menu: true, predicate: hasTargets,
    perform: (c) => c.openDialog({ kind: 'delete', side: c.activeSide, collectionId: c.active.collectionId,
      collectionName: c.active.collectionName, path: c.active.path, entries: c.active.targets() }) }),
  cmd({ id: 'sync-preview', label: 'Preview sync to other pane', group: 'Files', keys: ['Alt+P'], menu: true,
    predicate: (c) => otherListed(c) && c.active.targets().length === 1 && c.active.targets()[0]!.type === 'dir',
    perform: (c) => c.openDialog({ kind: 'sync-preview', form: { ...transferForm(c), syncLevel: '1' } }) }),
  cmd({ id: 'switch-pane', label: 'Switch to the other pane', group: 'Panes', keys: ['Tab'],
    predicate: (c) => c.other !== null, perform: (c) => c.switchPane() }),
  cmd({ id: 'swap-panes', label: 'Swap panes', group: 'Panes', keys: ['Ctrl+U'], perform: (c) => c.swapPanes() }),
  cmd({ id: 'open-in-other', label: 'Open in the other pane', group: 'Panes', keys: ['Alt+O'], menu: true, predicate: listed,
    perform: (c) => {
      const e = c.active.cursorEntry;
      const path = e?.type === 'dir' ? childPath(c.active.path, e.name) : c.active.path;
      c.openInOther(c.active.collectionId, path);
    } }),
  cmd({ id: 'compare', label: 'Compare panes', group: 'Panes', keys: ['Alt+C'], predicate: (c) => listed(c) && otherListed(c),
    perform: (c) => c.toggleCompare() }),
  cmd({ id: 'context-menu', label: 'Open the context menu', group: 'Help', keys: ['Shift+F10', 'ContextMenu'],
    predicate: listed, perform: (c) => c.openContextMenu() }),
  cmd({ id: 'help', label: 'Keyboard help', group: 'Help', keys: ['F1', '?'], fkey: 'F1', perform: (c) => c.openDialog({ kind: 'help' }) }),
];

export const fileCommands = createRegistry(FILE_COMMANDS);
