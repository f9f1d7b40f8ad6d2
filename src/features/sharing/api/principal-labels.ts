import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import type { AccessRule } from '@/lib/globus/sharing';
import { identitiesQuery } from '@/lib/queries/identities';
import { myGroupsQuery } from '@/lib/queries/groups';

export type PrincipalLabel = { name: string; detail: string };

type Who = Pick<AccessRule, 'principal_type' | 'principal'>;

/**
 * Who each rule is for, in words: people by name and username (Auth's identities API, one request for all
 * of them), groups by name (from the user's own groups; a group they are not in shows its id).
 */
export function usePrincipalLabels(rules: readonly Who[]): (who: Who) => PrincipalLabel {
  const { http } = useServices();
  const ids = [...new Set(rules.filter((r) => r.principal_type === 'identity').map((r) => r.principal))];
  const identities = useQuery({ ...identitiesQuery(http, { ids }), enabled: ids.length > 0 });
  const groups = useQuery({ ...myGroupsQuery(http), enabled: rules.some((r) => r.principal_type === 'group') });

  return (who) => {
    switch (who.principal_type) {
      case 'all_authenticated_users':
        return { name: 'All Globus users', detail: 'anyone who signs in to Globus' };
      case 'anonymous':
        return { name: 'Public', detail: 'anyone, without signing in' };
      case 'group': {
        const g = groups.data?.find((x) => x.id === who.principal);
        if (g) return { name: g.name, detail: 'group' };
        return { name: groups.isPending ? 'Group…' : 'A group you are not in', detail: `group ${who.principal}` };
      }
      case 'identity': {
        const i = identities.data?.identities.find((x) => x.id === who.principal);
        if (i) return { name: i.name ?? i.username, detail: i.username };
        return { name: identities.isPending ? 'Person…' : 'Unknown identity', detail: who.principal };
      }
    }
  };
}
