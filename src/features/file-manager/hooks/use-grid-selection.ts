import { useCallback, useState } from 'react';

export type SelectionModifiers = { shift?: boolean; toggle?: boolean };

/**
 * Cursor (focus) and selection are separate, as in desktop file managers: plain moves select the
 * cursor row, Shift extends from the anchor, Ctrl/Cmd moves only the cursor or toggles one row.
 * Selection is kept by name: names are unique within a folder and survive re-sorting.
 * A new `folderKey` starts afresh, with the cursor on `focusName` if given (the folder we came up from).
 */
export function useGridSelection(names: readonly string[], folderKey: string, focusName?: string) {
  const [cursor, setCursor] = useState(0);
  const [anchor, setAnchor] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [shownFolder, setShownFolder] = useState<string | null>(null);
  if (shownFolder !== folderKey) {
    const start = focusName === undefined ? 0 : Math.max(0, names.indexOf(focusName));
    setShownFolder(folderKey);
    setCursor(start);
    setAnchor(start);
    setSelected(new Set());
  }
  // Entries that left the listing (moved, deleted, filtered out) leave the selection too, so the
  // status line and every command count only what the user can see.
  const [namesSeen, setNamesSeen] = useState(names);
  if (namesSeen !== names) {
    setNamesSeen(names);
    if (selected.size) {
      const present = new Set(names);
      if ([...selected].some((n) => !present.has(n))) setSelected(new Set([...selected].filter((n) => present.has(n))));
    }
  }

  const count = names.length;
  const clamp = useCallback((i: number) => Math.max(0, Math.min(count - 1, i)), [count]);

  const moveTo = useCallback(
    (index: number, mods: SelectionModifiers = {}) => {
      if (count === 0) return;
      const i = clamp(index);
      setCursor(i);
      if (mods.shift) {
        const [lo, hi] = anchor <= i ? [anchor, i] : [i, anchor];
        setSelected(new Set(names.slice(lo, hi + 1)));
      } else if (!mods.toggle) {
        setAnchor(i);
        setSelected(new Set([names[i]!]));
      }
    },
    [anchor, clamp, count, names],
  );

  const toggle = useCallback(
    (index: number) => {
      const name = names[index];
      if (name === undefined) return;
      setCursor(index);
      setAnchor(index);
      setSelected((prev) => {
        const next = new Set(prev);
        if (next.has(name)) next.delete(name);
        else next.add(name);
        return next;
      });
    },
    [names],
  );

  const selectAll = useCallback(() => setSelected(new Set(names)), [names]);
  /** Replace the marks, e.g. restoring them after a login round trip. */
  const select = useCallback((list: readonly string[]) => setSelected(new Set(list.filter((n) => names.includes(n)))), [names]);
  const clear = useCallback(() => setSelected(new Set()), []);

  return { cursor: count ? clamp(cursor) : -1, selected, moveTo, toggle, selectAll, select, clear };
}
