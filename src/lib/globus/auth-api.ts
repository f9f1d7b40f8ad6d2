import type { GlobusHttp } from '@/lib/globus/http';
import { identitiesSchema, type IdentitiesResponse } from '@/lib/globus/schemas/identities';

export type { IdentitiesResponse, Identity } from '@/lib/globus/schemas/identities';

/** Resolves identities by ids or by usernames (mutually exclusive); unknown usernames are simply absent. */
export function getIdentities(
  http: GlobusHttp,
  params: { ids: string[] } | { usernames: string[]; provision?: boolean },
  opts?: { signal?: AbortSignal },
): Promise<IdentitiesResponse> {
  const query =
    'ids' in params
      ? { ids: params.ids.join(',') }
      : { usernames: params.usernames.join(','), provision: params.provision };
  return http.request({
    service: 'auth',
    path: 'v2/api/identities',
    query,
    schema: identitiesSchema,
    ...(opts?.signal ? { signal: opts.signal } : {}),
  });
}
