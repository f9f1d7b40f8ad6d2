import { useMemo } from 'react';
import type { Command } from '@/features/file-manager/commands/command-types';
import { useFileManager } from '@/features/file-manager/hooks/use-file-manager';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

export type CommandState = { enabled: boolean; pressed: boolean | undefined };

/**
 * Each command's enabled and pressed state for a pane (or the active one). The store subscription
 * selects a short string of flags, so the buttons re-render when a flag changes, not on every cursor move.
 */
export function useCommandStates(commands: readonly Command[], side: PaneSide | 'active'): CommandState[] {
  const flags = useFileManager((state) => {
    const ctx = { state, side: side === 'active' ? state.active : side };
    return commands.map((c) => `${c.predicate(ctx) ? 1 : 0}${c.pressed ? (c.pressed(ctx) ? 1 : 0) : '-'}`).join('');
  });
  return useMemo(
    () =>
      commands.map((_, i) => {
        const pressed = flags[i * 2 + 1];
        return { enabled: flags[i * 2] === '1', pressed: pressed === '-' ? undefined : pressed === '1' };
      }),
    [commands, flags],
  );
}
