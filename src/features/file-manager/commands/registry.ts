import type { Command, CommandContext, CommandResult, KeyLike } from '@/features/file-manager/commands/command-types';
import { chordId } from '@/features/file-manager/commands/key-chords';

/** What a command is called in the panes at hand. */
export const commandLabel = (c: Command, ctx: CommandContext): string => c.labelFor?.(ctx) ?? c.label;

export type Registry = { commands: readonly Command[]; byId: ReadonlyMap<string, Command> };

/** Refuses duplicate ids and two commands declaring the same chord: a key must mean one thing. */
export function createRegistry(commands: readonly Command[]): Registry {
  const byId = new Map<string, Command>();
  const owners = new Map<string, string>();
  for (const cmd of commands) {
    if (byId.has(cmd.id)) throw new Error(`Command id "${cmd.id}" is registered twice`);
    byId.set(cmd.id, cmd);
    for (const k of cmd.keys) {
      const id = chordId(k);
      const owner = owners.get(id);
      if (owner) throw new Error(`Key ${k} is claimed by both "${owner}" and "${cmd.id}"`);
      owners.set(id, cmd.id);
    }
  }
  return { commands, byId };
}

export type DispatchResult =
  | { kind: 'none' }
  | { kind: 'performed'; id: string; intents: CommandResult }
  | { kind: 'disabled'; id: string }
  | { kind: 'conflict'; ids: string[] };

/**
 * The one dispatcher: finds the command for a key and returns what it asks for (the caller's store
 * carries it out). A key that matches two commands (possible with hand-written keyTests) does
 * nothing and is reported, rather than running whichever came first. Matched keys are always
 * claimed (preventDefault), even when the command is unavailable: F5 must never reload the page.
 */
export function dispatchKey(
  registry: Registry,
  e: KeyLike & { preventDefault?: () => void },
  ctx: CommandContext | null,
): DispatchResult {
  const matches = registry.commands.filter((c) => c.keyTest(e));
  if (matches.length === 0) return { kind: 'none' };
  e.preventDefault?.();
  if (matches.length > 1) {
    const ids = matches.map((c) => c.id);
    console.error(`Key ${e.key} matches several commands (${ids.join(', ')}); nothing was done.`);
    return { kind: 'conflict', ids };
  }
  const cmd = matches[0]!;
  if (!ctx || !cmd.predicate(ctx)) return { kind: 'disabled', id: cmd.id };
  return { kind: 'performed', id: cmd.id, intents: cmd.perform(ctx) };
}

/** What the command asks for, or false when it is unknown or not available now. Nothing is carried out here. */
export function runCommand(
  registry: Registry,
  id: string,
  ctx: CommandContext | null,
): false | { intents: CommandResult } {
  const cmd = registry.byId.get(id);
  if (!cmd || !ctx || !cmd.predicate(ctx)) return false;
  return { intents: cmd.perform(ctx) };
}
