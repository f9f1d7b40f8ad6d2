import * as v from 'valibot';
import { nullishBoolean, nullishNumber, nullishString } from '@/lib/globus/schemas/kit';

// `GET endpoint/{id}` and the endpoint lists (`endpoint_search`, …): endpoint/collection documents
// (docs/protocol/transfer.md#endpoint-documents). Only `id` is required; legacy endpoints lack even
// `entity_type`.

export const ENTITY_TYPES = [
  'GCSv5_endpoint',
  'GCSv5_mapped_collection',
  'GCSv5_guest_collection',
  'GCP_mapped_collection',
  'GCP_guest_collection',
  'GCSv4_host',
  'GCSv4_share',
] as const;

const serverSchema = v.looseObject({ DATA_TYPE: v.optional(v.string()), hostname: nullishString });

export const endpointSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('endpoint')),
  id: v.string(),
  display_name: nullishString,
  /** One of ENTITY_TYPES; kept as text so a new kind of collection still lists. */
  entity_type: nullishString,
  owner_id: nullishString,
  owner_string: nullishString,
  organization: nullishString,
  department: nullishString,
  description: nullishString,
  keywords: nullishString,
  contact_email: nullishString,
  contact_info: nullishString,
  info_link: nullishString,
  user_message: nullishString,
  user_message_link: nullishString,
  /** Deprecated legacy names. */
  name: nullishString,
  canonical_name: nullishString,
  username: nullishString,
  non_functional: nullishBoolean,
  non_functional_endpoint_id: nullishString,
  non_functional_endpoint_display_name: nullishString,
  host_endpoint_id: nullishString,
  host_endpoint_display_name: nullishString,
  host_path: nullishString,
  mapped_collection_id: nullishString,
  mapped_collection_display_name: nullishString,
  gcs_version: nullishString,
  gcs_manager_url: nullishString,
  public: nullishBoolean,
  /** administrator, access_manager, activity_manager, activity_monitor, restricted_administrator; kept as text. */
  my_effective_roles: v.nullish(v.array(v.string())),
  acl_available: nullishBoolean,
  acl_editable: nullishBoolean,
  in_use: nullishBoolean,
  default_directory: nullishString,
  local_user_info_available: nullishBoolean,
  https_server: nullishString,
  tlsftp_server: nullishString,
  DATA: v.nullish(v.array(serverSchema)),
  force_encryption: nullishBoolean,
  disable_verify: nullishBoolean,
  force_verify: nullishBoolean,
  mfa_required: nullishBoolean,
  requester_pays: nullishBoolean,
  high_assurance: nullishBoolean,
  authentication_timeout_mins: nullishNumber,
  authentication_policy_id: nullishString,
  acl_max_expiration_period_mins: nullishNumber,
  subscription_id: nullishString,
  subscription_admin_verified: nullishBoolean,
  gcp_connected: nullishBoolean,
  gcp_paused: nullishBoolean,
  is_globus_connect: nullishBoolean,
  shareable: nullishBoolean,
  activated: nullishBoolean,
  expires_in: nullishNumber,
  /** Legacy activation expiry, `YYYY-MM-DD HH:MM:SS+00:00`. */
  expire_time: nullishString,
  /** Search rank (endpoint_search only). */
  _rank: nullishNumber,
});

/** `endpoint_list`: endpoint_search pages (offset + has_next_page) and the other endpoint lists. */
export const endpointListSchema = v.looseObject({
  DATA_TYPE: v.optional(v.literal('endpoint_list')),
  limit: v.number(),
  offset: v.number(),
  has_next_page: v.boolean(),
  DATA: v.array(endpointSchema),
});

export type EntityType = (typeof ENTITY_TYPES)[number];
export type Endpoint = v.InferOutput<typeof endpointSchema>;
