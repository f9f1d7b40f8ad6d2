import { Link } from 'react-router';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { formatDateTime, parseTransferTime } from '@/lib/format/dates';
import { formatDuration } from '@/lib/format/duration';
import { routeTo } from '@/lib/routes/paths';
import { collectionKind } from '@/features/collections/lib/collection-kind';
import { entityTypeLabel } from '@/lib/globus/entity-type-label';
import { FactGroup, yesNo } from '@/features/collections/components/fact-list';

const ROLE_LABELS: Record<string, string> = {
  administrator: 'Administrator',
  restricted_administrator: 'Restricted administrator',
  access_manager: 'Access manager',
  activity_manager: 'Activity manager',
  activity_monitor: 'Activity monitor',
};

const KIND_EXPLAINED: Record<ReturnType<typeof collectionKind>, string> = {
  endpoint:
    'A Globus Connect Server endpoint: the server that hosts collections. It holds no data itself; open one of its collections.',
  mapped: 'Storage on a Globus Connect Server, reached with your own account there.',
  guest: 'A folder someone shared from a mapped collection; access is granted by its permissions.',
  personal: 'A computer running Globus Connect Personal.',
  'personal-guest': 'A folder shared from a Globus Connect Personal computer.',
  legacy: 'A Globus Connect Server version 4 endpoint (legacy).',
  other: 'A kind of collection this app does not know; what Transfer reports is shown as it is.',
};

const link = (href: string, text: string) => (
  <a href={href} className="text-blue-800 underline underline-offset-2" target="_blank" rel="noreferrer noopener">
    {text}
  </a>
);

const internal = (id: string, name: string | null | undefined) => (
  <Link to={routeTo.collection(id)} className="text-blue-800 underline underline-offset-2">
    {name || id}
  </Link>
);

const minutes = (mins: number | null | undefined) => (mins == null ? null : formatDuration(mins * 60));

/** The endpoint document in groups a person reads: what it is, who runs it, how it is reached and protected. */
export function CollectionFacts({ c }: { c: Endpoint }) {
  const kind = collectionKind(c);
  const roles = c.my_effective_roles ?? [];
  const expires = parseTransferTime(c.expire_time);
  return (
    <div className="flex flex-col gap-4">
      <FactGroup
        id="facts-overview"
        title="Overview"
        facts={[
          { term: 'Description', value: c.description },
          { term: 'Organisation', value: [c.organization, c.department].filter(Boolean).join(' · ') },
          { term: 'Keywords', value: c.keywords },
          { term: 'More information', value: c.info_link ? link(c.info_link, c.info_link) : null },
          { term: 'Listed publicly', value: yesNo(c.public, 'Yes, anyone can find it', 'No') },
          { term: 'Collection id', value: <span className="font-mono text-xs">{c.id}</span> },
          { term: 'Legacy name', value: c.canonical_name },
        ]}
      />
      <FactGroup
        id="facts-owner"
        title="Owner and contact"
        facts={[
          { term: 'Owner', value: c.owner_string },
          { term: 'Contact email', value: c.contact_email ? link(`mailto:${c.contact_email}`, c.contact_email) : null },
          { term: 'Other contact', value: c.contact_info },
        ]}
      />
      <FactGroup
        id="facts-kind"
        title="Kind"
        facts={[
          { term: 'Type', value: entityTypeLabel(c.entity_type) },
          { term: 'What that means', value: KIND_EXPLAINED[kind] },
          {
            term: 'Hosted on endpoint',
            value: c.non_functional_endpoint_id
              ? internal(c.non_functional_endpoint_id, c.non_functional_endpoint_display_name)
              : null,
          },
          {
            term: 'Host collection',
            value: c.host_endpoint_id ? internal(c.host_endpoint_id, c.host_endpoint_display_name) : null,
          },
          {
            term: 'Mapped collection',
            value:
              c.mapped_collection_id && c.mapped_collection_id !== c.host_endpoint_id
                ? internal(c.mapped_collection_id, c.mapped_collection_display_name)
                : null,
          },
          { term: 'Folder on the host', value: c.host_path ? <span className="font-mono">{c.host_path}</span> : null },
          { term: 'Globus Connect Server version', value: c.gcs_version },
        ]}
      />
      <FactGroup
        id="facts-access"
        title="Access and security"
        facts={[
          {
            term: 'Your roles',
            value: roles.length ? roles.map((r) => ROLE_LABELS[r] ?? r).join(', ') : 'None (you use it as a user)',
          },
          {
            term: 'HTTPS server',
            value: c.https_server ? <span className="font-mono text-xs break-all">{c.https_server}</span> : null,
          },
          { term: 'Default folder', value: c.default_directory },
          {
            term: 'High assurance',
            value: yesNo(
              c.high_assurance,
              'Yes: access needs a recent login with the required identity',
              kind === 'endpoint' ? null : 'No',
            ),
          },
          {
            term: 'Login must be within',
            value: c.authentication_timeout_mins ? minutes(c.authentication_timeout_mins) : null,
          },
          { term: 'Multi-factor login required', value: c.mfa_required ? 'Yes' : null },
          {
            term: 'Encryption',
            value: yesNo(
              c.force_encryption,
              'Always: every transfer is encrypted',
              kind === 'endpoint' ? null : 'When the transfer asks for it',
            ),
          },
          { term: 'Checksum verification', value: c.disable_verify ? 'Turned off by the administrator' : null },
          {
            term: 'Longest permission',
            value: c.acl_max_expiration_period_mins ? minutes(c.acl_max_expiration_period_mins) : null,
          },
        ]}
      />
      <FactGroup
        id="facts-subscription"
        title="Subscription"
        facts={[
          {
            term: 'Managed',
            value: c.subscription_id
              ? 'Yes: covered by a Globus subscription'
              : kind === 'endpoint' || kind === 'mapped' || kind === 'personal'
                ? 'No subscription'
                : null,
          },
          {
            term: 'Subscription id',
            value: c.subscription_id ? <span className="font-mono text-xs">{c.subscription_id}</span> : null,
          },
          { term: 'Verified by the subscription’s admin', value: yesNo(c.subscription_admin_verified, 'Yes', null) },
        ]}
      />
      {kind === 'personal' || kind === 'personal-guest' ? (
        <FactGroup
          id="facts-personal"
          title="Globus Connect Personal"
          facts={[
            {
              term: 'Connection',
              value:
                c.gcp_connected === false
                  ? 'Not connected: the computer is off or Globus Connect Personal is not running. Transfers wait until it returns.'
                  : c.gcp_paused
                    ? 'Connected but paused by its owner: transfers wait until it resumes.'
                    : c.gcp_connected
                      ? 'Connected'
                      : null,
            },
          ]}
        />
      ) : null}
      {kind === 'legacy' && (c.activated != null || c.expires_in != null) ? (
        <FactGroup
          id="facts-activation"
          title="Activation (legacy)"
          facts={[
            {
              term: 'State',
              value: c.activated
                ? c.expires_in === -1
                  ? 'Activated, does not expire'
                  : 'Activated'
                : 'Not activated: Transfer needs your credential for this server before it can be used.',
            },
            { term: 'Expires', value: c.activated && expires ? formatDateTime(expires) : null },
          ]}
        />
      ) : null}
    </div>
  );
}
