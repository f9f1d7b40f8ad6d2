// A folder's entries in name order, the file manager's default order: natural (file9 before file10),
// ignoring case and accents, ties broken by code points so the order is total. The listing worker
// works it out while a big listing downloads, so the page can show a 100,000-entry folder sorted
// without first comparing every name itself.

export type CompareNames = (a: string, b: string) => number;

/** Compares names for `locale` (undefined: the browser's default, as the page's own sorting uses). */
export function compareNamesFor(locale?: string): CompareNames {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  return (a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Lower case, digit runs padded: plain string comparison of these nearly follows the collator's order. */
const naturalKey = (name: string) =>
  name.toLowerCase().replace(/\d+/g, (d) => d.replace(/^0+(?=\d)/, '').padStart(16, '0'));

/**
 * Indices of `names` in name order, and whether they were in it already. The collator is the costly
 * part (about 1.7 million calls for 100,000 shuffled names), so: names already in order cost one pass;
 * otherwise a cheap natural-key sort first lines them up almost right, and the collator sort that
 * follows finds long runs and needs about one call per name. The result is the collator's order either way.
 */
export function nameOrder(names: readonly string[], compare: CompareNames): { order: number[]; sorted: boolean } {
  const order = names.map((_, i) => i);
  let sorted = true;
  for (let i = 1; i < names.length && sorted; i += 1) sorted = compare(names[i - 1]!, names[i]!) <= 0;
  if (sorted) return { order, sorted };
  const cheap = names.map(naturalKey);
  order.sort((i, j) => (cheap[i]! < cheap[j]! ? -1 : cheap[i]! > cheap[j]! ? 1 : 0));
  order.sort((i, j) => compare(names[i]!, names[j]!));
  return { order, sorted };
}

/**
 * A listing's name order built a part at a time as the listing arrives: each part is put in order
 * when it comes, and the end only has to merge the parts (the sort finds them as runs), or nothing
 * at all when they came in order, as most servers send them.
 */
export function nameOrderBuilder(compare: CompareNames) {
  const names: string[] = [];
  const order: number[] = [];
  let sorted = true;
  return {
    add(part: readonly { name: string }[]) {
      const partNames = part.map((e) => e.name);
      const base = names.length;
      const ordered = nameOrder(partNames, compare);
      if (sorted && base > 0 && partNames.length > 0) sorted = compare(names[base - 1]!, partNames[0]!) <= 0;
      sorted &&= ordered.sorted;
      for (const i of ordered.order) order.push(base + i);
      for (const name of partNames) names.push(name);
    },
    finish(): Uint32Array {
      if (!sorted) order.sort((i, j) => compare(names[i]!, names[j]!));
      return Uint32Array.from(order);
    },
  };
}

/** Name orders the worker sent, by the listing's entries they belong to. */
const known = new WeakMap<readonly object[], Uint32Array>();

export const rememberNameOrder = (entries: readonly object[], order: Uint32Array) => void known.set(entries, order);

/** The name order of exactly these entries, if it came with them. */
export const knownNameOrder = (entries: readonly object[]): Uint32Array | undefined => known.get(entries);
