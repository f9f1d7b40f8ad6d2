import type { FileEntry } from '@/lib/globus/schemas/file-list';
import { nextTask } from '@/lib/tasks/next-task';

// Checked listing entries in a form a worker can hand to the page almost for free. Structured clone of
// 100,000 objects costs the page about as much as parsing their JSON (most of a second), so each field
// travels as a column: numbers in typed arrays (transferred, not copied), strings as numbers into one
// table of the distinct strings, itself sent as a single joined string. Rebuilding the objects from that
// is a loop of plain property writes, done in slices between which the page stays responsive.

const STRING_FIELDS = [
  'name',
  'type',
  'last_modified',
  'permissions',
  'user',
  'group',
  'link_target',
  'link_user',
  'link_group',
  'link_last_modified',
] as const;
type StringField = (typeof STRING_FIELDS)[number];
const SHARED_STRING_FIELDS = STRING_FIELDS.filter((f) => f !== 'name' && f !== 'last_modified');
const KNOWN = new Set<string>(['DATA_TYPE', 'size', 'link_size', ...STRING_FIELDS]);

/** In a string column: a `null` value, and a field that was not there at all (only nullish fields may be absent). */
const NULL = -1;
const ABSENT = -2;
/** In the link_size state column: absent, null, or the number in linkSize. */
const Num = { Absent: 0, Null: 1, Value: 2 } as const;

export type EntryColumns = {
  count: number;
  /** The distinct strings, joined; `ends[i]` is where string i ends. */
  text: string;
  ends: Uint32Array;
  strings: Record<StringField, Int32Array>;
  size: Float64Array;
  linkSize: Float64Array;
  linkSizeState: Uint8Array;
  /** Fields Globus added that this app does not know, per entry that has any (kept, as the schema keeps them). */
  extra: [index: number, fields: Record<string, unknown>][];
};

/** Columns of entries that passed the listing schema; `transfer` lists the buffers to move rather than copy. */
export function toColumns(entries: readonly FileEntry[]): { columns: EntryColumns; transfer: ArrayBuffer[] } {
  const count = entries.length;
  const ids = new Map<string, number>();
  const table: string[] = [];
  // Parsed JSON has no `undefined` values: undefined means the field is absent.
  /** Names and times differ from entry to entry: looking them up would cost more than it saves. */
  const newId = (value: unknown): number => {
    if (value === null) return NULL;
    if (value === undefined) return ABSENT;
    table.push(value as string);
    return table.length - 1;
  };
  const idOf = (value: unknown): number => {
    if (value === null) return NULL;
    if (value === undefined) return ABSENT;
    const s = value as string;
    let id = ids.get(s);
    if (id === undefined) {
      id = table.length;
      ids.set(s, id);
      table.push(s);
    }
    return id;
  };
  const strings = Object.fromEntries(STRING_FIELDS.map((f) => [f, new Int32Array(count)])) as Record<
    StringField,
    Int32Array
  >;
  const size = new Float64Array(count);
  const linkSize = new Float64Array(count);
  const linkSizeState = new Uint8Array(count);
  const extra: EntryColumns['extra'] = [];
  for (let i = 0; i < count; i += 1) {
    const e = entries[i] as Record<string, unknown>;
    strings.name[i] = newId(e.name);
    strings.last_modified[i] = newId(e.last_modified);
    for (const f of SHARED_STRING_FIELDS) strings[f][i] = idOf(e[f]);
    size[i] = e.size as number;
    const ls = e.link_size;
    if (ls === undefined) linkSizeState[i] = Num.Absent;
    else if (ls === null) linkSizeState[i] = Num.Null;
    else {
      linkSizeState[i] = Num.Value;
      linkSize[i] = ls as number;
    }
    let more: Record<string, unknown> | undefined;
    for (const key in e) if (!KNOWN.has(key)) (more ??= {})[key] = e[key];
    if (more) extra.push([i, more]);
  }
  const ends = new Uint32Array(table.length);
  let end = 0;
  table.forEach((s, i) => (ends[i] = end += s.length));
  const columns: EntryColumns = { count, text: table.join(''), ends, strings, size, linkSize, linkSizeState, extra };
  const transfer = [ends, size, linkSize, linkSizeState, ...Object.values(strings)].map((a) => a.buffer as ArrayBuffer);
  return { columns, transfer };
}

/** How many entries one slice rebuilds: a few milliseconds of work on a slow machine. */
const SLICE = 10_000;

/**
 * The entries back as plain objects, appended to `out`: a slice at a time with the page free to run in
 * between (a part of a listing that fits in one slice is appended at once, before this returns).
 */
export async function fromColumns(
  c: EntryColumns,
  out: FileEntry[] = [],
  yieldBetween: () => Promise<void> = nextTask,
): Promise<FileEntry[]> {
  const append = appender(c);
  for (let from = 0; from < c.count; from += SLICE) {
    if (from > 0) await yieldBetween();
    append(out, from, Math.min(c.count, from + SLICE));
  }
  return out;
}

function appender(c: EntryColumns) {
  const table = new Array<string>(c.ends.length);
  let start = 0;
  for (let i = 0; i < c.ends.length; i += 1) {
    const end = c.ends[i]!;
    table[i] = c.text.slice(start, end);
    start = end;
  }
  const s = (id: number) => (id >= 0 ? table[id]! : null);
  const { name, type, last_modified, permissions, user, group, link_target, link_user, link_group } = c.strings;
  const linkModified = c.strings.link_last_modified;
  const extra = new Map(c.extra);
  return (out: FileEntry[], from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const state = c.linkSizeState[i]!;
      // One literal, always the same fields in the same order, so every entry shares one object shape.
      const e: Record<string, unknown> = {
        DATA_TYPE: 'file',
        name: s(name[i]!),
        type: s(type[i]!),
        size: c.size[i],
        last_modified: s(last_modified[i]!),
        permissions: s(permissions[i]!),
        user: s(user[i]!),
        group: s(group[i]!),
        link_target: s(link_target[i]!),
        link_size: state === Num.Value ? c.linkSize[i] : null,
        link_user: s(link_user[i]!),
        link_group: s(link_group[i]!),
        link_last_modified: s(linkModified[i]!),
      };
      // Rare: a server that leaves optional fields out gets them left out here too.
      if (state === Num.Absent) delete e.link_size;
      if (link_user[i] === ABSENT) delete e.link_user;
      if (link_group[i] === ABSENT) delete e.link_group;
      if (linkModified[i] === ABSENT) delete e.link_last_modified;
      const more = extra.get(i);
      if (more) Object.assign(e, more);
      out.push(e as FileEntry);
    }
  };
}
