import type { GlobusHttp } from '@/lib/globus/http';
import { myGroupsSchema, type Group, type GroupMembershipStatus } from '@/lib/globus/schemas/groups';

export type { Group, GroupMembershipStatus } from '@/lib/globus/schemas/groups';

/** Groups the user (any linked identity) belongs to; `statuses` defaults to active on the server. */
export function getMyGroups(
  http: GlobusHttp,
  params: { statuses?: GroupMembershipStatus[] } = {},
  opts?: { signal?: AbortSignal },
): Promise<Group[]> {
  return http.request({
    service: 'groups',
    path: 'groups/my_groups',
    query: { statuses: params.statuses?.join(',') },
    schema: myGroupsSchema,
    ...(opts?.signal ? { signal: opts.signal } : {}),
  });
}
