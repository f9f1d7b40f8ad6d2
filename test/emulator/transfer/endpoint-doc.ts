/**
 * Endpoint/collection documents (docs/protocol/transfer.md#endpoint-documents). Key set: fixture
 * transfer.get_endpoint.gcsv5_endpoint.json ("full GCSv5 endpoint document"); values per
 * entity type follow the matching fixture (gcsv5_mapped_collection, gcsv5_guest_collection,
 * gcp_mapped_collection, gcsv4_host). Server documents: transfer.endpoint_server_list.json.
 */
import { isoTimestamp, spaceTimestamp } from '../core/clock';
import type { Collection, World } from '../core/world';
import { effectiveRoles, isGuest, isManager, type Caller } from './caller';

export function serverDocs(col: Collection, n: number): Record<string, unknown>[] {
  const gcp = col.entityType.startsWith('GCP_');
  const host = gcp ? null : `${col.id.slice(0, 8)}.emulated-storage.invalid`;
  return [
    {
      DATA_TYPE: 'server',
      hostname: host,
      id: 200_000 + n,
      incoming_data_port_end: null,
      incoming_data_port_start: null,
      is_connected: gcp ? col.gcpConnected === true : true,
      is_paused: gcp ? col.gcpPaused === true : false,
      outgoing_data_port_end: null,
      outgoing_data_port_start: null,
      port: gcp ? null : col.entityType === 'GCSv4_host' ? 2811 : 443,
      scheme: gcp ? null : 'gsiftp',
      subject: null,
      uri: host ? `gsiftp://${host}:${col.entityType === 'GCSv4_host' ? 2811 : 443}` : null,
    },
  ];
}

/**
 * Legacy activation fields (docs/protocol/transfer.md#legacy-activation): live only for GCSv4 hosts;
 * GCSv5/GCP show the fixtures' inert values.
 */
export function activationState(
  col: Collection,
  accountId: string,
  now: number,
): { activated: boolean; expires_in: number; expire_time: string | null } {
  if (col.entityType !== 'GCSv4_host') return { activated: false, expires_in: 0, expire_time: null };
  const until = col.activations.get(accountId);
  if (!until || until <= now) return { activated: false, expires_in: 0, expire_time: null };
  return { activated: true, expires_in: until - now, expire_time: spaceTimestamp(until) };
}

export function endpointDoc(world: World, col: Collection, caller: Caller, baseUrl: string): Record<string, unknown> {
  const owner = world.identity(col.ownerId);
  const host = col.hostCollectionId ? world.collection(col.hostCollectionId) : undefined;
  const nfe = col.nonFunctionalEndpointId ? world.collection(col.nonFunctionalEndpointId) : undefined;
  const v5 = col.entityType.startsWith('GCSv5_');
  const gcp = col.entityType.startsWith('GCP_');
  const mappedHost = host && host.entityType.endsWith('mapped_collection') ? host : undefined;
  const shortOwner = owner?.username.split('@')[0] ?? 'owner';
  const ordinal = [...world.collections.keys()].indexOf(col.id);
  return {
    DATA: serverDocs(col, ordinal),
    DATA_TYPE: 'endpoint',
    acl_available: isGuest(col),
    acl_editable: isGuest(col) && isManager(col, caller),
    ...activationState(col, caller.accountId, world.now()),
    authentication_assurance_timeout: col.authenticationTimeoutMins,
    authentication_policy_id: col.authenticationPolicyId,
    authentication_timeout_mins: col.authenticationTimeoutMins,
    canonical_name: col.legacyName,
    contact_email: col.contactEmail,
    contact_info: col.contactInfo ?? null,
    default_directory: col.defaultDirectory,
    department: col.department,
    description: col.description,
    disable_anonymous_writes: false,
    disable_verify: col.disableVerify ?? false,
    display_name: col.displayName,
    entity_type: col.entityType,
    force_encryption: col.forceEncryption,
    force_verify: false,
    french_english_bilingual: false,
    gcp_connected: gcp ? col.gcpConnected : null,
    gcp_paused: gcp ? col.gcpPaused : null,
    gcs_manager_url: v5 ? `${baseUrl}/__gcs/${col.nonFunctionalEndpointId ?? col.id}` : null,
    gcs_version: col.gcsVersion,
    globus_connect_setup_key: null,
    high_assurance: col.highAssurance,
    host_endpoint: host ? host.legacyName : null,
    host_endpoint_display_name: host ? host.displayName : null,
    host_endpoint_id: host ? host.id : null,
    host_path: col.hostPath,
    https_server: col.httpsEnabled ? `${baseUrl}/__https/${col.id}` : null,
    id: col.id,
    in_use: world.tasks.inUse(col.id, caller.accountId),
    info_link: col.infoLink,
    is_globus_connect: gcp,
    keywords: col.keywords,
    last_accessed_time: null,
    local_user_info_available:
      col.entityType === 'GCSv5_mapped_collection' || col.entityType === 'GCSv4_host' ? true : v5 ? false : null,
    location: v5 || col.entityType === 'GCSv4_host' ? 'Automatic' : null,
    mapped_collection_display_name: mappedHost ? mappedHost.displayName : null,
    mapped_collection_id: mappedHost ? mappedHost.id : null,
    max_concurrency: 4,
    max_parallelism: 8,
    mfa_required: false,
    my_effective_roles: effectiveRoles(col, caller),
    myproxy_dn: null,
    myproxy_server: col.entityType === 'GCSv4_host' ? 'myproxy.emulated-storage.invalid' : null,
    name: col.legacyName.split('#')[1] ?? col.id,
    network_use: 'normal',
    non_functional: col.entityType === 'GCSv5_endpoint',
    non_functional_endpoint_display_name: nfe ? nfe.displayName : null,
    non_functional_endpoint_id: nfe ? nfe.id : null,
    oauth_server: null,
    organization: col.organization,
    owner_id: col.ownerId,
    owner_string: owner?.username ?? col.ownerId,
    preferred_concurrency: 2,
    preferred_parallelism: 4,
    public: col.public,
    requester_pays: false,
    s3_owner_activated: false,
    s3_url: null,
    shareable:
      col.entityType === 'GCSv5_mapped_collection' ||
      col.entityType === 'GCP_mapped_collection' ||
      col.entityType === 'GCSv4_host',
    sharing_target_endpoint: null,
    sharing_target_root_path: null,
    storage_type: null,
    subscription_id: col.subscriptionId,
    tlsftp_server: null,
    user_message: col.userMessage ?? null,
    user_message_link: col.userMessageLink ?? null,
    username: shortOwner,
  };
}

/** `create_time` spelling for access rules (fixture transfer.get_endpoint_acl_rule.json). */
export const aclTime = isoTimestamp;
