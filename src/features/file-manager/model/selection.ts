/**
 * Cursor (focus) and marks are separate, as in desktop file managers: plain moves mark the cursor
 * row, Shift extends from the anchor, Ctrl/Cmd moves only the cursor or toggles one row. Both are
 * kept by NAME (unique within a folder, stable across re-sorting and filtering); the last index is
 * kept too, so a cursor whose entry vanished stays where it was rather than jumping to the top.
 */
export type Selection = {
  cursor: string | null;
  cursorIndex: number;
  anchor: string | null;
  marks: ReadonlySet<string>;
};
export type SelectionModifiers = { shift?: boolean; toggle?: boolean };

/** What the grid needs of a selection: the cursor row, the marked names, and ways to change them. */
export type GridSelection = {
  cursor: number;
  selected: ReadonlySet<string>;
  moveTo: (index: number, mods?: SelectionModifiers) => void;
  toggle: (index: number) => void;
  selectAll: () => void;
  clear: () => void;
};

/** The visible names in display order, with their positions (built once per listing, sort or filter). */
export type NameIndex = { names: readonly string[]; index: ReadonlyMap<string, number> };

const NO_MARKS: ReadonlySet<string> = new Set();

/**
 * The positions are looked up only for a cursor or marks kept by name, so the map is built on the
 * first lookup: a fresh 100,000-entry folder shows its rows without paying for it first.
 */
export function nameIndex(names: readonly string[]): NameIndex {
  let index: Map<string, number> | null = null;
  return {
    names,
    get index() {
      if (!index) {
        index = new Map();
        for (let i = 0; i < names.length; i += 1) index.set(names[i]!, i);
      }
      return index;
    },
  };
}

/** A fresh folder: nothing marked, the cursor on `focus` when given (the folder we came up from). */
export function startSelection(focus: string | null = null): Selection {
  return { cursor: focus, cursorIndex: 0, anchor: focus, marks: NO_MARKS };
}

const clamp = (list: NameIndex, i: number) => Math.max(0, Math.min(list.names.length - 1, i));

/** The cursor row, or -1 in an empty listing. */
export function cursorIndexOf(sel: Selection, list: NameIndex): number {
  if (list.names.length === 0) return -1;
  const byName = sel.cursor === null ? undefined : list.index.get(sel.cursor);
  return byName ?? clamp(list, sel.cursorIndex);
}

function anchorIndexOf(sel: Selection, list: NameIndex): number {
  const byName = sel.anchor === null ? undefined : list.index.get(sel.anchor);
  return byName ?? cursorIndexOf(sel, list);
}

export function moveCursor(sel: Selection, list: NameIndex, index: number, mods: SelectionModifiers = {}): Selection {
  if (list.names.length === 0) return sel;
  const i = clamp(list, index);
  const name = list.names[i]!;
  if (mods.shift) {
    const a = anchorIndexOf(sel, list);
    const [lo, hi] = a <= i ? [a, i] : [i, a];
    return { ...sel, cursor: name, cursorIndex: i, marks: new Set(list.names.slice(lo, hi + 1)) };
  }
  if (mods.toggle) return { ...sel, cursor: name, cursorIndex: i };
  return { cursor: name, cursorIndex: i, anchor: name, marks: new Set([name]) };
}

/** Mark or unmark one row; the cursor and anchor go to it. */
export function toggleMark(sel: Selection, list: NameIndex, index: number): Selection {
  const name = list.names[index];
  if (name === undefined) return sel;
  const marks = new Set(sel.marks);
  if (marks.has(name)) marks.delete(name);
  else marks.add(name);
  return { cursor: name, cursorIndex: index, anchor: name, marks };
}

/** Insert / Space: toggle the cursor row, and with `advance` move the cursor (only) one row down. */
export function markCursor(sel: Selection, list: NameIndex, advance: boolean): Selection {
  const i = cursorIndexOf(sel, list);
  if (i < 0) return sel;
  const toggled = toggleMark(sel, list, i);
  return advance ? moveCursor(toggled, list, i + 1, { toggle: true }) : toggled;
}

export const markAll = (sel: Selection, list: NameIndex): Selection => ({ ...sel, marks: new Set(list.names) });

/** Replace the marks, keeping only names that are in the listing. */
export const markNames = (sel: Selection, list: NameIndex, names: readonly string[]): Selection => ({
  ...sel,
  marks: new Set(names.filter((n) => list.index.has(n))),
});

export const clearMarks = (sel: Selection): Selection => (sel.marks.size ? { ...sel, marks: NO_MARKS } : sel);

/**
 * Entries that left the listing (moved, deleted, filtered out) leave the marks too, so the status
 * line and every command count only what the user can see. Unchanged marks keep their identity.
 */
export function pruneMarks(sel: Selection, list: NameIndex): Selection {
  if (!sel.marks.size || [...sel.marks].every((n) => list.index.has(n))) return sel;
  return { ...sel, marks: new Set([...sel.marks].filter((n) => list.index.has(n))) };
}
