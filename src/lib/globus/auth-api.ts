import type { GlobusHttp } from '@/lib/globus/http';

export type Identity = {
  id: string;
  username: string;
  status: 'used' | 'unused' | 'private' | 'closed' | string;
  identity_provider: string;
  name: string | null;
  email: string | null;
  organization: string | null;
  identity_type?: string;
};

export type IdentitiesResponse = { identities: Identity[] };

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
  return http.request<IdentitiesResponse>({
    service: 'auth',
    path: 'v2/api/identities',
    query,
    ...(opts?.signal ? { signal: opts.signal } : {}),
  });
}
