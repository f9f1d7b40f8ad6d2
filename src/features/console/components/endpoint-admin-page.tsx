// Route `#/console/endpoints/:endpointId`: one endpoint I monitor — its pause rules, the guest collections
// it hosts with their access rules, and its roles.
import { Link, useParams } from 'react-router';
import { MessagePanel } from '@/components/ui/message-panel';
import { RolesPanel } from '@/components/roles/roles-panel';
import { useMonitoredEndpoints } from '@/features/console/api/monitored-endpoints';
import { GuestCollectionsSection } from '@/features/console/components/guest-collections-section';
import { PauseRulesSection } from '@/features/console/components/pause-rules-section';
import { describeError } from '@/lib/globus/describe-error';
import { roleText } from '@/lib/globus/describe-role-error';
import { routeTo } from '@/lib/routes/paths';
import { entityTypeLabel } from '@/lib/globus/entity-type-label';

const HOSTS = ['GCSv5_mapped_collection', 'GCP_mapped_collection', 'GCSv4_host'];

export function EndpointAdminPage() {
  const { endpointId = '' } = useParams();
  const monitored = useMonitoredEndpoints();
  const endpoint = monitored.data?.DATA.find((e) => e.id === endpointId);
  const back = (
    <Link to={routeTo.console()} className="text-xs text-blue-800 hover:underline">
      ← Administrator console
    </Link>
  );
  let body;
  if (monitored.isPending) body = <p role="status">Loading…</p>;
  else if (monitored.isError)
    body = (
      <MessagePanel role="alert" tone="error" title={describeError(monitored.error).title}>
        <p>{describeError(monitored.error).detail}</p>
      </MessagePanel>
    );
  else if (!endpoint)
    body = (
      <MessagePanel role="alert" tone="warning" title="Not an endpoint you monitor">
        <p>
          You need the administrator, activity manager or activity monitor role on endpoint <code>{endpointId}</code> to
          see it here. Ask one of its administrators for a role.
        </p>
      </MessagePanel>
    );
  else {
    const name = endpoint.display_name ?? endpoint.id;
    const roles = endpoint.my_effective_roles ?? [];
    // Roles held on the host count too (the server decides); without any own role, assume the host's.
    const canManage = roles.length === 0 || roles.includes('administrator') || roles.includes('activity_manager');
    body = (
      <>
        <header>
          <h1 className="text-lg font-semibold text-slate-900">{name}</h1>
          <p className="text-xs text-slate-600">
            {entityTypeLabel(endpoint.entity_type, 'Endpoint')} · <code>{endpoint.id}</code>
            {roles.length ? ` · your roles: ${roles.map(roleText).join(', ')}` : ' · your role comes from its host'}
          </p>
        </header>
        <PauseRulesSection endpointId={endpoint.id} endpointName={name} canManage={canManage} />
        {HOSTS.includes(endpoint.entity_type ?? '') ? (
          <GuestCollectionsSection endpointId={endpoint.id} endpointName={name} />
        ) : null}
        <RolesPanel endpointId={endpoint.id} endpointName={name} />
      </>
    );
  }
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto p-4">
      {back}
      {body}
    </div>
  );
}
