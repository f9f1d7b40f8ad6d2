import type * as v from 'valibot';

// Turns a valibot issue into a short pointer at the field that did not fit, e.g.
// `DATA[0].status missing` or `DATA[2].size is "12", expected number`.

type Issue = v.BaseIssue<unknown>;

const MAX_RECEIVED = 40;

function fieldPath(issue: Issue): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string') out += out ? `.${key}` : key;
  }
  return out;
}

function problem(issue: Issue): string {
  if (issue.kind === 'schema' && issue.input === undefined) return 'missing';
  const { received } = issue;
  const shown = received.length > MAX_RECEIVED ? `${received.slice(0, MAX_RECEIVED)}…` : received;
  return issue.expected ? `is ${shown}, expected ${issue.expected}` : `is ${shown}`;
}

/** `path` + a relative text: `DATA[3]` + `size missing` → `DATA[3].size missing`; a leading space means "no sub-field". */
function join(path: string, relative: string): string {
  if (!path || relative.startsWith(' ') || relative.startsWith('[')) return `${path}${relative}`;
  return `${path}.${relative}`;
}

/**
 * The issue relative to the value that was checked: ` missing` (the value itself) or
 * `size is "12", expected number`. In-place checks (custom issues) carry their nested field's
 * relative text as the message.
 */
export function relativeIssueText(issue: Issue): string {
  return join(fieldPath(issue), issue.type === 'custom' ? issue.message : ` ${problem(issue)}`);
}

/** The field and what is wrong with it, from the document's root. */
export function describeIssue(issue: Issue): string {
  return relativeIssueText(issue).trimStart();
}
