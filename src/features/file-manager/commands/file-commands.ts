import type { CommandContext } from '@/features/file-manager/commands/command-types';
import { open } from '@/features/file-manager/commands/command-spec';
import { FILE_ACTION_COMMANDS } from '@/features/file-manager/commands/file-action-commands';
import { NAVIGATE_COMMANDS } from '@/features/file-manager/commands/navigate-commands';
import { PANE_COMMANDS } from '@/features/file-manager/commands/pane-commands';
import { createRegistry } from '@/features/file-manager/commands/registry';
import type { FileManagerIntent } from '@/features/file-manager/model/file-manager-intents';

/** Every keyboard, menu, toolbar and function-key action of the file manager, in menu and help order. */
export const FILE_COMMANDS = [...NAVIGATE_COMMANDS, ...FILE_ACTION_COMMANDS, ...PANE_COMMANDS];

export const fileCommands = createRegistry(FILE_COMMANDS);
/** A command pressed or clicked where it has a reason not to run: the reason, said in a notice. */
export function explainUnavailable(id: string, ctx: CommandContext): FileManagerIntent | null {
  const command = fileCommands.byId.get(id);
  const reason = command?.unavailable?.(ctx);
  return command && reason
    ? open({ kind: 'notice', title: `${command.label}: not available here`, text: reason })
    : null;
}
