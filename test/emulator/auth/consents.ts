/**
 * Consents per (account, client): recorded when the user presses Allow, listed by
 * `/v2/api/identities/{id}/consents` (shape: fixture auth.get_consents.json), checked by
 * Transfer for data_access (a dependent consent under the Transfer scope).
 */
import { nameUuid } from '../core/ids';
import { requiresDataAccessConsent, type World } from '../core/world';
import type { AuthorizeRequest } from './auth-state';
import { collectionScope, resourceServerOf, type ScopeNode } from './scopes';

function checkScope(world: World, scope: string): string | null {
  const col = collectionScope(scope);
  if (col) {
    const c = world.collection(col.collectionId);
    if (!c || c.deleted) return `Unknown scope ${scope}`;
    if (col.kind === 'data_access' && !requiresDataAccessConsent(c)) return `Unknown scope ${scope}`;
    if (col.kind === 'https' && !c.httpsEnabled) return `Unknown scope ${scope}`;
    return null;
  }
  return resourceServerOf(scope) ? null : `Unknown scope ${scope}`;
}

/** An error description for the first unknown scope, or null when all are known. */
export function validateRequestedScopes(world: World, nodes: ScopeNode[]): string | null {
  for (const n of nodes) {
    const problem = checkScope(world, n.scope) ?? validateRequestedScopes(world, n.children);
    if (problem) return problem;
  }
  return null;
}

function walk(nodes: ScopeNode[], parents: string[], visit: (scope: string, parents: string[]) => void): void {
  for (const n of nodes) {
    visit(n.scope, parents);
    walk(n.children, [...parents, n.scope], visit);
  }
}

export function hasConsent(
  world: World,
  accountId: string,
  clientId: string,
  scope: string,
  parents: string[],
): boolean {
  return world.consents.some(
    (c) =>
      c.accountId === accountId &&
      c.clientId === clientId &&
      c.scope === scope &&
      c.parentScopes.join(' ') === parents.join(' '),
  );
}

export function recordConsents(world: World, accountId: string, clientId: string, nodes: ScopeNode[]): void {
  walk(nodes, [], (scope, parents) => {
    if (hasConsent(world, accountId, clientId, scope, parents)) return;
    world.consents.push({
      id: 100_000 + world.consents.length + 1,
      accountId,
      clientId,
      scope,
      parentScopes: parents,
      created: world.now(),
    });
  });
}

/** Requested scopes (`parent > child` for dependencies) the account has not consented to yet. */
export function unconsentedScopes(world: World, req: AuthorizeRequest): string[] {
  const accountId = req.identityId ? world.identity(req.identityId)?.accountId : undefined;
  const out: string[] = [];
  walk(req.scopes, [], (scope, parents) => {
    if (!accountId || !hasConsent(world, accountId, req.clientId, scope, parents))
      out.push([...parents, scope].join(' › '));
  });
  return out;
}

/** Shape: fixture auth.get_consents.json (ids are integers; dependency_path lists consent ids root→leaf). */
export function consentDocs(world: World, accountId: string): Record<string, unknown>[] {
  const mine = world.consents.filter((c) => c.accountId === accountId);
  const idOf = (clientId: string, scope: string, parents: string[]) =>
    mine.find((c) => c.clientId === clientId && c.scope === scope && c.parentScopes.join(' ') === parents.join(' '))
      ?.id;
  return mine.map((c) => {
    const path: number[] = [];
    for (let i = 0; i < c.parentScopes.length; i++) {
      const id = idOf(c.clientId, c.parentScopes[i]!, c.parentScopes.slice(0, i));
      if (id !== undefined) path.push(id);
    }
    path.push(c.id);
    const when = new Date(c.created * 1000).toISOString().replace('Z', '+00:00');
    return {
      created: when,
      id: c.id,
      status: 'approved',
      updated: when,
      allows_refresh: true,
      dependency_path: path,
      scope_name: c.scope,
      atomically_revocable: c.parentScopes.length > 0,
      effective_identity: c.accountId,
      auto_approved: false,
      last_used: when,
      scope: nameUuid(c.scope),
      client: c.clientId,
    };
  });
}
