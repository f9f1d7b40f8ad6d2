import type { Command, CommandContext } from '@/features/file-manager/commands/command-types';
import { keyTestFor } from '@/features/file-manager/commands/key-chords';
import { activePane, isListed, otherPane, targetCount } from '@/features/file-manager/commands/command-context';
import type { FileManagerIntent } from '@/features/file-manager/model/file-manager-intents';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';

type Spec = Omit<Command, 'keyTest' | 'predicate'> & { predicate?: Command['predicate'] };
/**
 * Nothing runs while the pane it would act on is not there (e.g. the collection picker shows instead),
 * nor where it has a reason not to (said to the user instead).
 */
export const cmd = ({ predicate, ...spec }: Spec): Command => ({
  ...spec,
  predicate: (c) => c.state.listings[c.side] !== null && !(spec.unavailable?.(c) ?? null) && (predicate?.(c) ?? true),
  keyTest: keyTestFor(spec.keys),
});

export const listed = (c: CommandContext) => isListed(activePane(c));
export const hasTargets = (c: CommandContext) => listed(c) && targetCount(activePane(c)) > 0;
export const otherListed = (c: CommandContext) => isListed(otherPane(c));
/** A transfer only needs a destination folder: the other pane may be waiting for consent (Transfer then asks at submit). */
export const otherHasFolder = (c: CommandContext) =>
  Boolean(otherPane(c).listing && (otherListed(c) || otherPane(c).listing!.path));
/** The active pane's listing, for commands whose predicate made sure it is there. */
export const shown = (c: CommandContext) => activePane(c).listing!;

export const open = (dialog: DialogRequest): FileManagerIntent => ({ type: 'openDialog', dialog });
