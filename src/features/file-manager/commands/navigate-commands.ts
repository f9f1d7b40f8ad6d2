import type { Command } from '@/features/file-manager/commands/command-types';
import { cmd, listed, shown } from '@/features/file-manager/commands/command-spec';
import { activePane, cursorEntry } from '@/features/file-manager/commands/command-context';
import { goUp, openEntry } from '@/features/file-manager/commands/pane-intents';
import { canGoBack, canGoForward } from '@/features/file-manager/model/pane-history';
import { parentPath } from '@/lib/paths/collection-path';

/** Moving around a pane, what it shows, and what is marked. */
export const NAVIGATE_COMMANDS: readonly Command[] = [
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
];
