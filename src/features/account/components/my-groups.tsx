import type { Group } from '@/lib/globus/groups';
import type { ErrorDescription } from '@/lib/globus/describe-error';
import { Spinner } from '@/components/ui/spinner';
import { Section } from '@/features/account/components/section';

const RANK = { member: 0, manager: 1, admin: 2 } as const;
const ROLE_WORDS = { member: 'Member', manager: 'Manager', admin: 'Administrator' } as const;

/** My highest role in a group over all my linked identities. */
function myRole(g: Group): keyof typeof RANK {
  return g.my_memberships.reduce<keyof typeof RANK>((best, m) => (RANK[m.role] > RANK[best] ? m.role : best), 'member');
}

export function MyGroups({
  groups,
  pending,
  error,
  webAppBaseUrl,
}: {
  groups: Group[] | undefined;
  pending: boolean;
  error: ErrorDescription | null;
  webAppBaseUrl: string;
}) {
  const sorted = [...(groups ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <Section id="account-groups" title="Your groups">
      {pending ? <Spinner label="Loading your groups" /> : null}
      {error ? (
        <p role="alert" className="text-sm text-red-900">
          <strong>{error.title}.</strong> {error.detail}
        </p>
      ) : null}
      {groups && groups.length === 0 ? <p className="text-sm text-slate-700">You belong to no groups.</p> : null}
      {sorted.length ? (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200 text-slate-700">
              <th scope="col" className="py-1 font-medium">
                Group
              </th>
              <th scope="col" className="py-1 font-medium">
                Your role
              </th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((g) => (
              <tr key={g.id} className="border-b border-slate-100 last:border-b-0">
                <td className="py-1.5">
                  <a
                    href={`${webAppBaseUrl}/groups/${encodeURIComponent(g.id)}`}
                    target="_blank"
                    rel="noreferrer noopener"
                    className="text-blue-800 underline underline-offset-2"
                  >
                    {g.name}
                  </a>
                  {g.description ? <div className="text-xs text-slate-600">{g.description}</div> : null}
                </td>
                <td className="py-1.5">{ROLE_WORDS[myRole(g)]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </Section>
  );
}
