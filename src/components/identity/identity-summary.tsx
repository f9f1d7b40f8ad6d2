import type { Identity } from '@/lib/globus/auth-api';

/** What Auth's `status` means for someone about to be given access (docs/protocol/auth.md#identities). */
function identityStatusText(status: string): string {
  switch (status) {
    case 'used':
      return 'Has signed in to Globus';
    case 'unused':
      return 'Has not signed in to Globus yet';
    case 'private':
      return 'Keeps their profile private';
    case 'closed':
      return 'This Globus account is closed';
    default:
      return `Status: ${status}`;
  }
}

/** Name, username, organization and status of one identity, as a definition list people can check. */
export function IdentitySummary({ identity }: { identity: Identity }) {
  const rows: [string, string][] = [
    ['Name', identity.name ?? '(not shared)'],
    ['Username', identity.username],
    ['Organization', identity.organization ?? '(none given)'],
    ['Status', identityStatusText(identity.status)],
  ];
  if (identity.email && identity.email !== identity.username) rows.splice(2, 0, ['Email', identity.email]);
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-slate-600">{term}</dt>
          <dd className="break-all text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
