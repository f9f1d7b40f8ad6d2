import type { KeyboardEvent } from 'react';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { CollectionOption } from '@/features/collections/components/collection-option';

/** The picker's listbox: its options are chosen through the combobox (aria-activedescendant), or here after Tab. */
export function CollectionResults({
  results,
  label,
  listId,
  optionId,
  active,
  setActive,
  onChoose,
  onKeyDown,
}: {
  results: Endpoint[];
  label: string;
  listId: string;
  optionId: (i: number) => string;
  /** The highlighted option; -1 for none. */
  active: number;
  setActive: (i: number) => void;
  onChoose: (c: Endpoint) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}) {
  const open = results.length > 0;
  return (
    // Focusable too, so a keyboard user who tabs past the tabs can still move through results.
    <ul
      id={listId}
      role="listbox"
      aria-label={label}
      aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
      tabIndex={open ? 0 : -1}
      hidden={!open}
      onKeyDown={onKeyDown}
      className="max-h-[60vh] overflow-auto rounded-md border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      {results.map((c, i) => (
        <CollectionOption
          key={c.id}
          id={optionId(i)}
          collection={c}
          active={i === active}
          onChoose={() => onChoose(c)}
          onHover={() => setActive(i)}
        />
      ))}
    </ul>
  );
}
