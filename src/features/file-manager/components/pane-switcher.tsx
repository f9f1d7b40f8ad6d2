import type { PaneSide } from '@/features/file-manager/model/pane-side';

/** Narrow screens show one pane; this picks which (Tab in a pane does the same). */
export function PaneSwitcher({
  active,
  names,
  onChoose,
}: {
  active: PaneSide;
  names: Record<PaneSide, string>;
  onChoose: (s: PaneSide) => void;
}) {
  return (
    <div role="group" aria-label="Shown pane" className="flex gap-1 px-2 pt-2 md:hidden">
      {(['left', 'right'] as const).map((side) => (
        <button
          key={side}
          type="button"
          aria-pressed={active === side}
          onClick={() => onChoose(side)}
          className="min-w-0 flex-1 truncate rounded-md border border-slate-300 bg-white px-2 py-1 text-xs aria-pressed:border-blue-600 aria-pressed:bg-blue-50 aria-pressed:font-semibold"
        >
          {side === 'left' ? 'Left' : 'Right'}: {names[side]}
        </button>
      ))}
    </div>
  );
}
