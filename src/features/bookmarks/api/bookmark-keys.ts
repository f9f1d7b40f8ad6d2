export const bookmarkKeys = {
  all: ['bookmarks'] as const,
  list: () => [...bookmarkKeys.all, 'list'] as const,
  /** The collection a bookmark points at, to name it and to tell whether it still exists. */
  collection: (id: string) => [...bookmarkKeys.all, 'collection', id] as const,
};
