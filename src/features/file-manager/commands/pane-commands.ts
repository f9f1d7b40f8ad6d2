import type { Command } from '@/features/file-manager/commands/command-types';
import { cmd, listed, open, otherListed, shown } from '@/features/file-manager/commands/command-spec';
import { activePane, cursorEntry, otherPane } from '@/features/file-manager/commands/command-context';
import { openIn } from '@/features/file-manager/commands/pane-intents';
import { otherSide } from '@/features/file-manager/model/pane-side';
import { childPath } from '@/lib/paths/collection-path';
import { canPickFolders, NO_FOLDER_PICKER } from '@/lib/local-files/choose-local-folder';

/** The two panes together, and help. */
export const PANE_COMMANDS: readonly Command[] = [
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
