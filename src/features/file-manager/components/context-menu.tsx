import { useEffect, useRef } from 'react';
import type { CommandContext } from '@/features/file-manager/commands/command-types';
import { commandLabel, type Registry } from '@/features/file-manager/commands/registry';

/** The row menu (right click, Shift+F10, the Menu key): the registry's menu commands that apply now. */
export function ContextMenu({
  registry,
  ctx,
  x,
  y,
  onRun,
  onClose,
}: {
  registry: Registry;
  ctx: CommandContext;
  x: number;
  y: number;
  onRun: (id: string) => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLUListElement>(null);
  // Commands that cannot run here for a reason stay listed, marked unavailable, and say why when chosen.
  const items = registry.commands
    .filter((c) => c.menu)
    .map((c) => ({ c, reason: c.unavailable?.(ctx) ?? null }))
    .filter(({ c, reason }) => reason !== null || c.predicate(ctx));
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const all = [...(ref.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? [])];
    const i = all.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'ArrowDown') all[(i + 1) % all.length]?.focus();
    else if (e.key === 'ArrowUp') all[(i - 1 + all.length) % all.length]?.focus();
    else if (e.key === 'Home') all[0]?.focus();
    else if (e.key === 'End') all[all.length - 1]?.focus();
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
  };

  const left = Math.min(x, window.innerWidth - 240);
  const top = Math.min(y, window.innerHeight - 32 * (items.length + 1));
  return (
    <ul
      ref={ref}
      role="menu"
      aria-label="File actions"
      onKeyDown={onKeyDown}
      className="fixed z-50 w-56 rounded-md border border-slate-300 bg-white py-1 text-sm shadow-lg"
      style={{ left: Math.max(0, left), top: Math.max(0, top) }}
    >
      {items.length === 0 ? (
        <li role="none" className="px-3 py-1 text-slate-500">
          No actions here
        </li>
      ) : null}
      {items.map(({ c, reason }) => (
        <li key={c.id} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={-1}
            aria-disabled={reason ? true : undefined}
            title={reason ?? undefined}
            onClick={() => onRun(c.id)}
            className="flex w-full items-center justify-between px-3 py-1 text-left hover:bg-slate-100 focus:bg-blue-100 focus:outline-none aria-disabled:text-slate-500"
          >
            <span>
              {commandLabel(c, ctx)}
              {reason ? <span className="sr-only"> (not available here: {reason})</span> : null}
            </span>
            <kbd className="font-mono text-xs text-slate-600">{c.keys[0]}</kbd>
          </button>
        </li>
      ))}
    </ul>
  );
}
