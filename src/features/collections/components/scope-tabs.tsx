import { useRef, type KeyboardEvent } from 'react';

/**
 * APG tabs with automatic activation: one Tab stop (the selected tab), Left/Right/Home/End move
 * focus and select, so the panel follows the focus.
 */
export function ScopeTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  idFor,
  label = 'Which collections',
}: {
  tabs: readonly { id: Id; label: string }[];
  selected: Id;
  onSelect: (id: Id) => void;
  idFor: (id: Id) => { tab: string; panel: string };
  label?: string;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const last = tabs.length - 1;
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % tabs.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + tabs.length) % tabs.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? last
              : null;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[next]!;
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };

  return (
    <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b border-slate-200">
      {tabs.map((t) => {
        const isSelected = t.id === selected;
        return (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
              else refs.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={idFor(t.id).tab}
            aria-selected={isSelected}
            aria-controls={idFor(t.id).panel}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(t.id)}
            onKeyDown={onKeyDown}
            className={`-mb-px rounded-t-md border-b-2 px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 ${
              isSelected
                ? 'border-blue-700 font-semibold text-blue-800'
                : 'border-transparent text-slate-700 hover:bg-slate-100'
            }`}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
