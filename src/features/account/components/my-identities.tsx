import type { ReactNode } from 'react';
import type { UserInfo } from '@/lib/auth/auth-client';
import type { IdentitiesResponse } from '@/lib/globus/auth-api';
import { describeError } from '@/lib/globus/describe-error';
import { Section } from '@/features/account/components/section';

type Detail = IdentitiesResponse['identities'][number];

/** The identity I logged in with first, then the others linked to the same account. */
export function MyIdentities({
  user,
  details,
  error,
  children,
}: {
  user: UserInfo;
  details: Detail[] | undefined;
  error: unknown;
  children: ReactNode;
}) {
  const linked = (user.identitySet ?? []).filter((i) => i.sub !== user.sub);
  const rows = [{ sub: user.sub, username: user.username, name: user.name }, ...linked];
  const detailOf = (id: string) => details?.find((d) => d.id === id);
  return (
    <Section id="account-identities" title="Your identities">
      <ul className="flex flex-col divide-y divide-slate-100">
        {rows.map((row, i) => {
          const d = detailOf(row.sub);
          return (
            <li key={row.sub} className="flex flex-col py-2 text-sm">
              <span className="font-medium text-slate-900">
                {row.username}
                {i === 0 ? <span className="ml-2 text-xs font-normal text-blue-800">primary</span> : null}
              </span>
              <span className="text-slate-700">
                {[d?.name ?? row.name, d?.email, d?.organization].filter(Boolean).join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      {error ? (
        <p className="text-xs text-slate-600">
          Names and organisations could not be loaded ({describeError(error).title.toLowerCase()}).
        </p>
      ) : null}
      <p className="text-sm">{children}</p>
    </Section>
  );
}
