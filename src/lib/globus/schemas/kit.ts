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
 * A loose object checked field by field, keeping the input object instead of building a copy.
 * For list items that can number in the hundreds of thousands (directory listings), copying every
 * entry costs about as much as parsing the JSON. A failure still names the field.
 */
export function inPlaceLooseObject<const E extends v.ObjectEntries>(entries: E) {
  const full = v.looseObject(entries);
  const fields = Object.entries(entries);
  return v.custom<v.InferOutput<typeof full>>(
    (input) => isRecord(input) && fields.every(([key, schema]) => v.is(schema, input[key])),
    (issue) => {
      const inner = v.safeParse(full, issue.input, { abortEarly: true }).issues?.[0];
      return inner ? relativeIssueText(inner) : ' is invalid';
    },
  );
}
