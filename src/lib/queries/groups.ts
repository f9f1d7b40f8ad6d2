// The groups the user belongs to, under one key for every feature that offers groups (sharing, permissions).
import { queryOptions } from '@tanstack/react-query';
import type { GlobusHttp } from '@/lib/globus/http';
import { getMyGroups, type GroupMembershipStatus } from '@/lib/globus/groups';

export const groupKeys = {
  all: ['groups'] as const,
  mine: (statuses: readonly GroupMembershipStatus[]) => [...groupKeys.all, 'mine', statuses] as const,
};

/** Membership changes are rare within a session; a minute keeps a just-accepted invitation from lagging long. */
const MY_GROUPS_STALE_MS = 60_000;

/** Without statuses the server answers active memberships only. */
export function myGroupsQuery(http: GlobusHttp, statuses: readonly GroupMembershipStatus[] = []) {
  const sorted = [...new Set(statuses)].sort();
  return queryOptions({
    queryKey: groupKeys.mine(sorted),
    queryFn: ({ signal }) => getMyGroups(http, sorted.length ? { statuses: sorted } : {}, { signal }),
    staleTime: MY_GROUPS_STALE_MS,
  });
}
