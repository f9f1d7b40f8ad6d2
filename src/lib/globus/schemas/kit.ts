import * as v from 'valibot';
import { relativeIssueText } from '@/lib/globus/schemas/issue-text';

// Building blocks shared by the response schemas. Globus documents grow new fields over time and
// older collections omit or null many of them, so documents are loose objects (unknown fields
// kept) and fields the UI can do without are nullish.

export const nullishString = v.nullish(v.string());
export const nullishNumber = v.nullish(v.number());
export const nullishBoolean = v.nullish(v.boolean());

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * An array of loose objects for lists that can hold hundreds of thousands of items (directory
 * listings). `fast` is the same test as `entries`, written out by hand: a few `typeof` checks per
 * item cost a fraction of running a schema per field, and the items are kept as they arrived rather
 * than copied. Only when `fast` refuses an item do the schemas run, on that item, to name the field.
 */
export function fastCheckedArray<const E extends v.ObjectEntries>(
  entries: E,
  fast: (item: Record<string, unknown>) => boolean,
) {
  const full = v.looseObject(entries);
  const ok = (item: unknown) => isRecord(item) && fast(item);
  return v.custom<v.InferOutput<typeof full>[]>(
    (input) => Array.isArray(input) && input.every(ok),
    (issue) => {
      if (!Array.isArray(issue.input)) return ` is ${issue.received}, expected Array`;
      const i = issue.input.findIndex((item) => !ok(item));
      const inner = v.safeParse(full, issue.input[i], { abortEarly: true }).issues?.[0];
      const text = inner ? relativeIssueText(inner) : ' is invalid';
      return `[${i}]${text.startsWith(' ') || text.startsWith('[') ? '' : '.'}${text}`;
    },
  );
}
