import type { GlobusHttp } from '@/lib/globus/http';

export type GroupMembershipStatus = 'active' | 'invited' | 'pending' | 'rejected' | 'removed' | 'left' | 'declined';

export type GroupMembership = {
  group_id: string;
  identity_id: string;
  username: string;
  role: 'member' | 'manager' | 'admin';
  status: GroupMembershipStatus | string;
  source_group_id?: string | null;
  [key: string]: unknown;
};

export type Group = {
  id: string;
  name: string;
  description?: string | null;
  parent_id: string | null;
  group_type: 'regular' | 'plus' | string;
  enforce_session?: boolean;
  session_limit?: number;
  session_timeouts?: Record<string, unknown>;
  my_memberships: GroupMembership[];
  policies?: { group_visibility?: string; group_members_visibility?: string; [key: string]: unknown };
  subscription_id?: string | null;
  [key: string]: unknown;
};

/** Groups the user (any linked identity) belongs to; `statuses` defaults to active on the server. */
export function getMyGroups(
  http: GlobusHttp,
  params: { statuses?: GroupMembershipStatus[] } = {},
  opts?: { signal?: AbortSignal },
): Promise<Group[]> {
  return http.request<Group[]>({
    service: 'groups',
    path: 'groups/my_groups',
    query: { statuses: params.statuses?.join(',') },
    ...(opts?.signal ? { signal: opts.signal } : {}),
  });
}
