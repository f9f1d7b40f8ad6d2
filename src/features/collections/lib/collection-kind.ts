import type { Endpoint } from '@/lib/globus/transfer-types';

/** What a collection is, in the terms the collection page explains it by. */
export type CollectionKind = 'endpoint' | 'mapped' | 'guest' | 'personal' | 'personal-guest' | 'legacy' | 'other';

export function collectionKind(c: Endpoint): CollectionKind {
  switch (c.entity_type) {
    case 'GCSv5_endpoint':
      return 'endpoint';
    case 'GCSv5_mapped_collection':
      return 'mapped';
    case 'GCSv5_guest_collection':
      return 'guest';
    case 'GCP_mapped_collection':
      return 'personal';
    case 'GCP_guest_collection':
      return 'personal-guest';
    case 'GCSv4_host':
    case 'GCSv4_share':
      return 'legacy';
    default:
      // Documents older than entity_type: the GCP flag still tells a personal endpoint apart.
      return c.is_globus_connect ? 'personal' : c.entity_type ? 'other' : 'legacy';
  }
}

/** A GCSv5 endpoint holds no data: it is shown as the container of its collections, never browsed. */
export const isBrowsable = (c: Endpoint): boolean => collectionKind(c) !== 'endpoint' && c.non_functional !== true;

/**
 * Transfer edits only Globus Connect Personal collections and legacy shares, and only for their administrators;
 * GCSv5 collections are managed on the endpoint itself (docs/protocol/transfer.md#updating-and-deleting-collections).
 */
export function canEdit(c: Endpoint): boolean {
  const editableKind =
    collectionKind(c) === 'personal' || collectionKind(c) === 'personal-guest' || c.entity_type === 'GCSv4_share';
  return editableKind && (c.my_effective_roles ?? []).includes('administrator');
}

/** Mapped personal collections have more editable fields than guests (public flag, message to users). */
export const hasHostFields = (c: Endpoint): boolean => collectionKind(c) === 'personal';

/** Transfer's role API covers Globus Connect Personal collections and legacy endpoints only. */
export const rolesInTransfer = (c: Endpoint): boolean =>
  ['personal', 'personal-guest', 'legacy'].includes(collectionKind(c));
