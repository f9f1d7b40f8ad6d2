/**
 * Which collections can host guest collections, and which are guest collections with access rules, by
 * `entity_type`. The file manager's "Share this folder" and the collection page ask the same question.
 */
const GUEST_HOSTS = new Set(['GCSv5_mapped_collection', 'GCP_mapped_collection', 'GCSv4_host']);
const GUEST_COLLECTIONS = new Set(['GCSv5_guest_collection', 'GCP_guest_collection', 'GCSv4_share']);

export const hostsGuestCollections = (entityType: string | null | undefined): boolean =>
  GUEST_HOSTS.has(entityType ?? '');

export const isGuestCollection = (entityType: string | null | undefined): boolean =>
  GUEST_COLLECTIONS.has(entityType ?? '');

/** Someone who manages a guest collection's access can list it all; anyone else may hold a rule on a folder inside. */
export const managesGuestAccess = (roles: readonly string[] | null | undefined): boolean =>
  (roles ?? []).some((r) => r === 'administrator' || r === 'access_manager');
