// A Globus username (or identity id) typed into a form, turned into the identity it names, through the
// shared identities cache. Null when Globus knows no such identity.
import type { QueryClient } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { identitiesQuery } from '@/lib/queries/identities';

export type ResolvedIdentity = { id: string; username: string; name: string | null };

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (text: string): boolean => UUID_RE.test(text.trim());

export async function resolveIdentity(
  queryClient: QueryClient,
  http: GlobusHttp,
  text: string,
): Promise<ResolvedIdentity | null> {
  const value = text.trim();
  if (!value) return null;
  const lookup = isUuid(value) ? { ids: [value.toLowerCase()] } : { usernames: [value.toLowerCase()] };
  const found = (await queryClient.fetchQuery(identitiesQuery(http, lookup))).identities[0];
  return found ? { id: found.id, username: found.username, name: found.name } : null;
}
