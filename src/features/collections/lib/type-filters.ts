import type { TypeFilter } from '@/features/collections/api/search-collections';
import { entityTypeLabel } from '@/lib/globus/entity-type-label';

/** The collections page's kind filter: every `filter_entity_type` value, plus "anything" and "no endpoints". */
export const TYPE_FILTERS: readonly { id: TypeFilter; label: string }[] = [
  { id: 'any', label: 'Every kind' },
  { id: 'browsable', label: 'Collections only (no endpoints)' },
  ...(
    [
      'GCSv5_mapped_collection',
      'GCSv5_guest_collection',
      'GCP_mapped_collection',
      'GCP_guest_collection',
      'GCSv5_endpoint',
    ] as const
  ).map((id) => ({ id, label: entityTypeLabel(id) })),
];

export const isTypeFilter = (value: string | null): value is TypeFilter => TYPE_FILTERS.some((t) => t.id === value);
