export const collectionKeys = {
  all: ['collections'] as const,
  search: (q: string) => [...collectionKeys.all, 'search', q] as const,
  detail: (id: string) => [...collectionKeys.all, 'detail', id] as const,
};
