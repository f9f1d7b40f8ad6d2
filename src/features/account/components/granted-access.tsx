import type { ReactNode } from 'react';
import type { GrantedScopes } from '@/lib/auth/auth-client';
import { formatDateTime } from '@/lib/format/dates';
import { Section } from '@/features/account/components/section';

const SERVICES: Record<string, string> = {
  'auth.globus.org': 'Globus Auth (who you are)',
  'transfer.api.globus.org': 'Globus Transfer (collections, files and tasks)',
  'groups.api.globus.org': 'Globus Groups',
};

/**
 * What this app may do for you: the scopes granted per service, as this browser holds them (the tokens
 * themselves are never shown). Collections' own HTTPS access appears under the collection's id.
 */
export function GrantedAccess({
  granted,
  appName,
  children,
}: {
  granted: GrantedScopes[] | undefined;
  appName: string;
  children: ReactNode;
}) {
  return (
    <Section id="account-consents" title={`What ${appName} may do for you`}>
      {granted && granted.length === 0 ? (
        <p className="text-sm text-slate-700">This browser holds no access for you.</p>
      ) : null}
      <ul className="flex flex-col divide-y divide-slate-100">
        {(granted ?? []).map((g) => (
          <li key={g.resourceServer} className="flex flex-col gap-0.5 py-2 text-sm">
            <span className="font-medium text-slate-900">
              {SERVICES[g.resourceServer] ?? `Collection ${g.resourceServer} (direct file access)`}
            </span>
            <ul aria-label={`Scopes for ${g.resourceServer}`} className="font-mono text-xs break-all text-slate-700">
              {g.scopes.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
            <span className="text-xs text-slate-600">
              {g.refreshable
                ? 'Renewed automatically while you use the app'
                : `Valid until ${formatDateTime(g.expiresAt)}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="text-sm">{children}</p>
    </Section>
  );
}
