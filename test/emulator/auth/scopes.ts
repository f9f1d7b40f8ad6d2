/**
 * Scope strings (docs/protocol/auth.md#scopes): space separated, dependent scopes in brackets
 * (`parent[*child other]`, `*` = optional), and which resource server each belongs to.
 */
export interface ScopeNode {
  scope: string;
  optional: boolean;
  children: ScopeNode[];
}

export const TRANSFER_RS = 'transfer.api.globus.org';
export const GROUPS_RS = 'groups.api.globus.org';
export const AUTH_RS = 'auth.globus.org';
export const TRANSFER_SCOPE = 'urn:globus:auth:scope:transfer.api.globus.org:all';
export const OIDC_SCOPES = ['openid', 'profile', 'email'];

export class ScopeSyntaxError extends Error {}

export function parseScopes(input: string): ScopeNode[] {
  let i = 0;
  const s = input;
  const parseList = (closing: boolean): ScopeNode[] => {
    const out: ScopeNode[] = [];
    for (;;) {
      while (i < s.length && /\s/.test(s[i]!)) i++;
      if (i >= s.length) {
        if (closing) throw new ScopeSyntaxError('unclosed "["');
        return out;
      }
      if (s[i] === ']') {
        if (!closing) throw new ScopeSyntaxError('unexpected "]"');
        i++;
        return out;
      }
      let optional = false;
      if (s[i] === '*') {
        optional = true;
        i++;
      }
      const start = i;
      while (i < s.length && !/[\s[\]]/.test(s[i]!)) i++;
      const scope = s.slice(start, i);
      if (scope === '') throw new ScopeSyntaxError('empty scope');
      let children: ScopeNode[] = [];
      if (s[i] === '[') {
        i++;
        children = parseList(true);
      }
      out.push({ scope, optional, children });
    }
  };
  return parseList(false);
}

export function scopeToString(n: ScopeNode): string {
  const kids = n.children.length ? `[${n.children.map(scopeToString).join(' ')}]` : '';
  return `${n.optional ? '*' : ''}${n.scope}${kids}`;
}

/** Merge duplicate top-level scopes (their children are unioned). */
export function mergeScopes(nodes: ScopeNode[]): ScopeNode[] {
  const byScope = new Map<string, ScopeNode>();
  for (const n of nodes) {
    const prev = byScope.get(n.scope);
    if (!prev) byScope.set(n.scope, { scope: n.scope, optional: false, children: mergeScopes(n.children) });
    else prev.children = mergeScopes([...prev.children, ...n.children]);
  }
  return [...byScope.values()];
}

const COLLECTION_SCOPE = /^https:\/\/auth\.globus\.org\/scopes\/([0-9a-f-]{36})\/(https|data_access)$/i;

export function collectionScope(scope: string): { collectionId: string; kind: 'https' | 'data_access' } | null {
  const m = COLLECTION_SCOPE.exec(scope);
  return m ? { collectionId: m[1]!.toLowerCase(), kind: m[2]!.toLowerCase() as 'https' | 'data_access' } : null;
}

export function dataAccessScope(collectionId: string): string {
  return `https://auth.globus.org/scopes/${collectionId}/data_access`;
}

/**
 * Resource server a top-level scope belongs to, or null when unknown. `offline_access`
 * is not a resource scope (it only asks for refresh tokens) and is handled by callers.
 */
export function resourceServerOf(scope: string): string | null {
  if (OIDC_SCOPES.includes(scope) || scope.startsWith('urn:globus:auth:scope:auth.globus.org:')) return AUTH_RS;
  if (scope.startsWith('urn:globus:auth:scope:transfer.api.globus.org:')) return TRANSFER_RS;
  if (scope.startsWith('urn:globus:auth:scope:groups.api.globus.org:')) return GROUPS_RS;
  const col = collectionScope(scope);
  if (col) return col.collectionId;
  return null;
}

/** True when the tree grants `child` as a dependency of `parent`. */
export function hasDependentScope(nodes: ScopeNode[], parent: string, child: string): boolean {
  return nodes.some((n) => n.scope === parent && n.children.some((k) => k.scope === child));
}
