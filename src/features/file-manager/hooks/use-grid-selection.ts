import { useMemo, useState } from 'react';
import {
  clearMarks,
  cursorIndexOf,
  markAll,
  moveCursor,
  nameIndex,
  pruneMarks,
  startSelection,
  toggleMark,
  type NameIndex,
  type Selection,
  type SelectionModifiers,
} from '@/features/file-manager/model/selection';

/** What the grid needs of a selection: the cursor row, the marked names, and ways to change them. */
export type GridSelection = {
  cursor: number;
  selected: ReadonlySet<string>;
  moveTo: (index: number, mods?: SelectionModifiers) => void;
  toggle: (index: number) => void;
  selectAll: () => void;
  clear: () => void;
};

/** A GridSelection over a Selection and the names it refers to, changed through `update`. */
function gridSelection(
  sel: Selection,
  list: NameIndex,
  update: (change: (sel: Selection, list: NameIndex) => Selection) => void,
): GridSelection {
  return {
    cursor: cursorIndexOf(sel, list),
    selected: sel.marks,
    moveTo: (index, mods) => update((s, l) => moveCursor(s, l, index, mods)),
    toggle: (index) => update((s, l) => toggleMark(s, l, index)),
    selectAll: () => update(markAll),
    clear: () => update(clearMarks),
  };
}

/**
 * A selection kept by the grid's owner alone (outside the file manager's store), with the same
 * rules: a new `folderKey` starts afresh with the cursor on `focusName` (the folder we came up from),
 * and names that leave the listing leave the marks.
 */
export function useGridSelection(names: readonly string[], folderKey: string, focusName?: string): GridSelection {
  const list = useMemo(() => nameIndex(names), [names]);
  const [state, setState] = useState(() => ({ folderKey, list, sel: startSelection(focusName) }));
  if (state.folderKey !== folderKey) setState({ folderKey, list, sel: startSelection(focusName) });
  else if (state.list !== list) setState({ folderKey, list, sel: pruneMarks(state.sel, list) });
  return useMemo(
    () => gridSelection(state.sel, list, (change) => setState((s) => ({ ...s, sel: change(s.sel, s.list) }))),
    [list, state.sel],
  );
}
