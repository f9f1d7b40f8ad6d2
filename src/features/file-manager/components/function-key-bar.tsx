import type { Registry } from '@/features/file-manager/commands/registry';
import { commandLabel, runCommand } from '@/features/file-manager/commands/registry';
import { useMemo } from 'react';
import { useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import { useCommandStates } from '@/features/file-manager/hooks/use-command-states';
import { explainUnavailable } from '@/features/file-manager/commands/file-commands';
import { useFileManager } from '@/features/file-manager/hooks/use-file-manager';

const BAR_EXTRAS = ['swap-panes', 'open-in-other', 'compare'];

/** Generated from the registry: every F-key command, plus the pane commands that have no F-key; enabled by their predicates. */
export function FunctionKeyBar({ registry }: { registry: Registry }) {
  const store = useFileManagerStore();
  const shown = useMemo(
    () =>
      registry.commands
        .filter((c) => c.fkey)
        .sort((a, b) => Number(a.fkey!.slice(1)) - Number(b.fkey!.slice(1)))
        .concat(BAR_EXTRAS.map((id) => registry.byId.get(id)!).filter(Boolean)),
    [registry],
  );
  const states = useCommandStates(shown, 'active');
  // Why a command is off in the active pane (a string per command, so cursor moves do not re-render the bar).
  const reasons = useFileManager((s) =>
    shown.map((c) => c.unavailable?.({ state: s, side: s.active }) ?? '').join('\u0000'),
  ).split('\u0000');
  const labels = useFileManager((s) =>
    shown.map((c) => commandLabel(c, { state: s, side: s.active })).join('\u0000'),
  ).split('\u0000');
  const run = (id: string) => {
    const now = store.getState();
    const ctx = { state: now, side: now.active };
    const done = runCommand(registry, id, ctx);
    if (done) store.run(done.intents);
    else store.run(explainUnavailable(id, ctx));
  };
  return (
    // On a phone the bar is one row that scrolls sideways: wrapped, it took four rows from the listing.
    <nav
      aria-label="Commands"
      className="flex shrink-0 gap-1 overflow-x-auto border-t border-slate-300 bg-slate-50 px-2 py-1 sm:flex-wrap sm:overflow-visible"
    >
      {shown.map((c, i) => (
        <button
          key={c.id}
          type="button"
          // A reason keeps the button reachable (aria-disabled), so it can say why when pressed.
          disabled={!states[i]!.enabled && !reasons[i]}
          aria-disabled={reasons[i] ? true : undefined}
          title={reasons[i] || undefined}
          aria-pressed={states[i]!.pressed}
          aria-keyshortcuts={c.keys.join(' ')}
          onClick={() => run(c.id)}
          className="inline-flex h-7 shrink-0 items-center gap-1 rounded border border-slate-300 bg-white px-2 text-xs text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 aria-disabled:opacity-50 aria-pressed:bg-blue-100"
        >
          {c.fkey ? <kbd className="font-mono font-semibold text-slate-600">{c.fkey}</kbd> : null}
          {labels[i]}
        </button>
      ))}
    </nav>
  );
}
