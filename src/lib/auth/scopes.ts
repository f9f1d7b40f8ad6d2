/** Globus scope strings (docs/protocol/auth.md#scopes) and helpers for dependent scopes. */

export const OIDC_SCOPES = ['openid', 'profile', 'email'] as const;
export const OFFLINE_ACCESS = 'offline_access';
export const TRANSFER_SCOPE = 'urn:globus:auth:scope:transfer.api.globus.org:all';
export const GROUPS_SCOPE = 'urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships';
export const AUTH_VIEW_IDENTITIES_SCOPE = 'urn:globus:auth:scope:auth.globus.org:view_identities';

export const RESOURCE_SERVERS = {
  auth: 'auth.globus.org',
  transfer: 'transfer.api.globus.org',
  groups: 'groups.api.globus.org',
} as const;

/** Consent a non-high-assurance GCSv5 mapped collection needs, as a dependency of the Transfer scope. */
export const dataAccessScope = (collectionId: string): string =>
  `https://auth.globus.org/scopes/${collectionId}/data_access`;

/** Scope for Bearer access to a collection's HTTPS server; the token's resource server is the collection id. */
export const httpsScope = (collectionId: string): string => `https://auth.globus.org/scopes/${collectionId}/https`;

/** `urn:…transfer…:all[*<data_access> …]`, marking each dependency optional as Transfer itself does. */
export function transferScopeWithDataAccess(collectionIds: readonly string[]): string {
  const unique = [...new Set(collectionIds)];
  if (unique.length === 0) return TRANSFER_SCOPE;
  return `${TRANSFER_SCOPE}[${unique.map((id) => `*${dataAccessScope(id)}`).join(' ')}]`;
}

/** The scopes every login asks for. */
export function baseScopes(requestRefreshTokens: boolean): string[] {
  const scopes = [...OIDC_SCOPES, TRANSFER_SCOPE, GROUPS_SCOPE, AUTH_VIEW_IDENTITIES_SCOPE];
  if (requestRefreshTokens) scopes.push(OFFLINE_ACCESS);
  return scopes;
}

/** Splits a space-separated scope string at top level (spaces inside `[...]` belong to dependencies). */
export function splitScopes(scopeString: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of scopeString) {
    if (ch === '[') depth += 1;
    if (ch === ']') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current) out.push(current);
  return out;
}

function parseScope(scope: string): { root: string; children: string[] } {
  const open = scope.indexOf('[');
  if (open < 0 || !scope.endsWith(']')) return { root: scope, children: [] };
  return { root: scope.slice(0, open), children: splitScopes(scope.slice(open + 1, -1)) };
}

/**
 * Dedupes scopes and merges dependencies of the same root, so `X`, `X[*a]` and `X[*b]` become `X[*a *b]`
 * (asking for `X` twice with different dependencies would lose one of them).
 */
export function mergeScopes(scopes: Iterable<string>): string[] {
  const byRoot = new Map<string, string[]>();
  for (const scope of scopes) {
    for (const item of splitScopes(scope)) {
      const { root, children } = parseScope(item);
      const known = byRoot.get(root) ?? [];
      for (const child of children) if (!known.includes(child)) known.push(child);
      byRoot.set(root, known);
    }
  }
  return [...byRoot].map(([root, children]) => (children.length ? `${root}[${children.join(' ')}]` : root));
}
