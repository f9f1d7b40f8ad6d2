import { useSyncExternalStore } from 'react';
import type { CommandContext } from '@/features/file-manager/commands/command-types';
import type { Registry } from '@/features/file-manager/commands/registry';
import type { PaneStore } from '@/features/file-manager/model/pane-store';

const BAR_EXTRAS = ['swap-panes', 'open-in-other', 'compare'];

/** Generated from the registry: every F-key command, plus the pane commands that have no F-key. */
export function FunctionKeyBar({ registry, store, context, onRun }: {
  registry: Registry;
  store: PaneStore;
  context: () => CommandContext | null;
  onRun: (id: string) => void;
}) {
  useSyncExternalStore(store.subscribe, store.version);
  const ctx = context();
  const shown = registry.commands
    .filter((c) => c.fkey)
    .sort((a, b) => Number(a.fkey!.slice(1)) - Number(b.fkey!.slice(1)))
    .concat(BAR_EXTRAS.map((id) => registry.byId.get(id)!).filter(Boolean));
  return (
    <nav aria-label="Commands" className="flex shrink-0 flex-wrap gap-1 border-t border-slate-300 bg-slate-50 px-2 py-1">
      {shown.map((c) => {
        const enabled = ctx ? c.predicate(ctx) : false;
        const pressed = c.id === 'compare' ? Boolean(ctx?.compare) : undefined;
        return (
          <button
            key={c.id}
            type="button"
            disabled={!enabled}
            aria-pressed={pressed}
            aria-keyshortcuts={c.keys.join(' ')}
            onClick={() => onRun(c.id)}
            className="inline-flex h-7 items-center gap-1 rounded border border-slate-300 bg-white px-2 text-xs text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 aria-pressed:bg-blue-100"
          >
            {c.fkey ? <kbd className="font-mono font-semibold text-slate-600">{c.fkey}</kbd> : null}
            {c.label}
          </button>
        );
      })}
    </nav>
  );
}
