/**
 * Access rule paths are absolute within the guest collection and name folders, so they end with `/`
 * (docs/protocol/sharing.md#access-rules). Names are kept as typed; only the slashes and the `.` and `..`
 * segments are ours.
 */
export type RulePath = { ok: true; path: string } | { ok: false; message: string };

export function normaliseRulePath(input: string): RulePath {
  if (input.trim() === '') return { ok: false, message: 'Enter a folder path, e.g. / for the whole collection.' };
  if (input.startsWith('~'))
    return {
      ok: false,
      message: 'Use a path from the top of the collection (starting with /), not from a home folder.',
    };
  const out: string[] = [];
  for (const segment of input.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0)
        return { ok: false, message: `“${input}” points outside this collection. Pick a folder inside it.` };
      out.pop();
    } else out.push(segment);
  }
  return { ok: true, path: out.length ? `/${out.join('/')}/` : '/' };
}
