import type { CollectionSearch } from '@/features/collections/api/search-collections';

export const collectionKeys = {
  all: ['collections'] as const,
  searches: () => [...collectionKeys.all, 'search'] as const,
  search: (search: CollectionSearch, pageSize: number) => [...collectionKeys.searches(), search, pageSize] as const,
};
