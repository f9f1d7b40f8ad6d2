const LABELS: Record<string, string> = {
  GCSv5_mapped_collection: 'Mapped collection (Globus Connect Server)',
  GCSv5_guest_collection: 'Guest collection (Globus Connect Server)',
  GCSv5_endpoint: 'Globus Connect Server endpoint',
  GCP_mapped_collection: 'Personal collection (Globus Connect Personal)',
  GCP_guest_collection: 'Guest collection (Globus Connect Personal)',
  GCSv4_host: 'Server endpoint (legacy GCSv4)',
  GCSv4_share: 'Shared endpoint (legacy GCSv4)',
};

/** `entity_type` in words a researcher understands; `unknown` when there is none. */
export function entityTypeLabel(entityType: string | null | undefined, unknown = 'Collection'): string {
  if (!entityType) return unknown;
  return LABELS[entityType] ?? entityType.replaceAll('_', ' ');
}
