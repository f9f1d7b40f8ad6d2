/**
 * Cursor (focus) and marks are separate, as in desktop file managers: plain moves mark the cursor
 * row, Shift extends from the anchor, Ctrl/Cmd moves only the cursor or toggles one row. Both are
 * kept by NAME (unique within a folder, stable across re-sorting, refreshes and filtering); the
 * cursor's last row is kept too, so a cursor whose entry vanished stays on that row rather than
 * jumping to the top.
 */
export type Selection = {
  cursor: string | null;
  cursorIndex: number;
  anchor: string | null;
  marks: ReadonlySet<string>;
  /** A name the cursor was sent to before the listing shows it (a folder just made, a new name): kept until it does. */
  awaited: string | null;
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
  return { cursor: focus, cursorIndex: 0, anchor: focus, marks: NO_MARKS, awaited: null };
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
  return { cursor: name, cursorIndex: i, anchor: name, marks: new Set([name]), awaited: null };
}

/** Mark or unmark one row; the cursor and anchor go to it. */
export function toggleMark(sel: Selection, list: NameIndex, index: number): Selection {
  const name = list.names[index];
  if (name === undefined) return sel;
  const marks = new Set(sel.marks);
  if (marks.has(name)) marks.delete(name);
  else marks.add(name);
  return { ...sel, cursor: name, cursorIndex: index, anchor: name, marks };
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
 * A plain move to the entry called `name`, which the listing may not show yet (a folder just made, an
 * entry just renamed): the cursor and the mark wait for it by name through the refresh that brings it.
 */
export function follow(sel: Selection, list: NameIndex, name: string): Selection {
  const i = list.index.get(name);
  return {
    cursor: name,
    cursorIndex: i ?? sel.cursorIndex,
    anchor: name,
    marks: new Set([name]),
    awaited: i === undefined ? name : null,
  };
}

/**
 * A new listing of the folder (a refresh, a re-sort, a filter): the cursor and marks stay on their
 * names. Entries that left (moved, deleted, filtered out) leave the marks too, so the status line and
 * every command count only what the user can see; a cursor whose entry left moves to the entry now
 * on its row. A name still awaited is kept as it is. Unchanged parts keep their identity.
 */
export function keepByName(sel: Selection, list: NameIndex): Selection {
  let next = sel;
  const awaited = sel.awaited !== null && !list.index.has(sel.awaited) ? sel.awaited : null;
  if (awaited !== sel.awaited) next = { ...next, awaited };
  const kept = (n: string) => n === awaited || list.index.has(n);
  if (sel.marks.size && ![...sel.marks].every(kept)) next = { ...next, marks: new Set([...sel.marks].filter(kept)) };
  if (sel.cursor === null || sel.cursor === awaited || list.names.length === 0) return next;
  const at = list.index.get(sel.cursor);
  if (at === sel.cursorIndex) return next;
  if (at !== undefined) return { ...next, cursorIndex: at };
  const i = clamp(list, sel.cursorIndex);
  return { ...next, cursor: list.names[i]!, cursorIndex: i };
}
