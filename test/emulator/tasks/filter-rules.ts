/**
 * filter_rules (docs/protocol/tasks.md#filter-rules): ordered `{method: include|exclude, type?: file|dir, name: <glob>}`;
 * the first rule matching an entry's name (and type, when given) decides; unmatched entries are
 * included; excluding a directory excludes everything under it (the walk never enters it).
 */
export interface FilterRule {
  method: 'include' | 'exclude';
  type: 'file' | 'dir' | null;
  name: string;
}

/** fnmatch-style glob: `*`, `?`, `[...]` (with `!` negation); whole-name, case-sensitive. */
export function globToRegExp(glob: string, flags = ''): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i]!;
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else if (ch === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        if (body.startsWith('!')) body = '^' + body.slice(1);
        re += '[' + body.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else re += ch.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  return new RegExp('^' + re + '$', flags + 's');
}

export function parseFilterRules(raw: unknown): FilterRule[] | null | string {
  if (raw === undefined || raw === null) return null;
  if (!Array.isArray(raw)) return 'filter_rules must be a list';
  const out: FilterRule[] = [];
  for (const r of raw) {
    const rule = r as Record<string, unknown>;
    if (rule.method !== 'include' && rule.method !== 'exclude')
      return "filter_rule method must be 'include' or 'exclude'";
    if (typeof rule.name !== 'string' || rule.name === '') return 'filter_rule name must be a non-empty string';
    const type = rule.type === undefined || rule.type === null ? null : rule.type;
    if (type !== null && type !== 'file' && type !== 'dir') return "filter_rule type must be 'file' or 'dir'";
    out.push({ method: rule.method, type, name: rule.name });
  }
  return out;
}

export class FilterMatcher {
  private readonly compiled: { rule: FilterRule; re: RegExp }[];
  constructor(rules: FilterRule[] | null) {
    this.compiled = (rules ?? []).map((rule) => ({ rule, re: globToRegExp(rule.name) }));
  }

  included(name: string, isDir: boolean): boolean {
    for (const { rule, re } of this.compiled) {
      if (rule.type === 'file' && isDir) continue;
      if (rule.type === 'dir' && !isDir) continue;
      if (re.test(name)) return rule.method === 'include';
    }
    return true;
  }

  /** Wire form for task documents (fixture transfer.get_task.json has `filter_rules: null` when none). */
  static toDocs(rules: FilterRule[] | null): Record<string, unknown>[] | null {
    return rules
      ? rules.map((r) => ({ DATA_TYPE: 'filter_rule', method: r.method, name: r.name, type: r.type }))
      : null;
  }
}
