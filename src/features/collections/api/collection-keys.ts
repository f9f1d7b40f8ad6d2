import type { SearchScope } from '@/features/collections/lib/search-scopes';

export const collectionKeys = {
  all: ['collections'] as const,
  searches: () => [...collectionKeys.all, 'search'] as const,
  search: (scope: SearchScope, q: string) => [...collectionKeys.searches(), scope, q] as const,
};
