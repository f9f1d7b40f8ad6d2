import { useQuery } from '@tanstack/react-query';
import { identitiesQuery } from '@/lib/queries/identities';
import { myGroupsQuery } from '@/lib/queries/groups';
import { describeError } from '@/lib/globus/describe-error';
import { useServices } from '@/components/services/services-context';
import { Spinner } from '@/components/ui/spinner';
import { globusAuthPage } from '@/features/account/components/account-links';
import { GrantedAccess } from '@/features/account/components/granted-access';
import { MyGroups } from '@/features/account/components/my-groups';
import { MyIdentities } from '@/features/account/components/my-identities';

const external = 'font-medium text-blue-800 underline underline-offset-2';

/** `#/account`: who I am to Globus (identities, groups) and what this app may do for me. */
export function AccountPage() {
  const { config, auth, http } = useServices();
  const user = useQuery({ queryKey: ['account', 'user'], queryFn: () => auth.getUser(), staleTime: Infinity });
  const ids = user.data ? [user.data.sub, ...(user.data.identitySet ?? []).map((i) => i.sub)] : [];
  const identities = useQuery({ ...identitiesQuery(http, { ids }), enabled: ids.length > 0 });
  const groups = useQuery(myGroupsQuery(http));
  const granted = useQuery({ queryKey: ['account', 'granted'], queryFn: () => auth.grantedScopes() });

  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4 overflow-auto p-4 sm:p-6">
      <h1 className="text-xl font-semibold text-slate-900">Account</h1>
      {user.isPending ? <Spinner label="Loading your account" /> : null}
      {user.data ? (
        <MyIdentities user={user.data} details={identities.data?.identities} error={identities.error}>
          <a href={globusAuthPage(config, 'identities')} className={external}>
            Link or unlink identities at Globus
          </a>
        </MyIdentities>
      ) : null}
      <MyGroups
        groups={groups.data}
        pending={groups.isPending}
        error={groups.isError ? describeError(groups.error) : null}
        webAppBaseUrl={config.webAppBaseUrl}
      />
      <GrantedAccess granted={granted.data} appName={config.appName}>
        <a href={globusAuthPage(config, 'consents')} className={external}>
          Review or revoke consents at Globus
        </a>
      </GrantedAccess>
    </div>
  );
}
