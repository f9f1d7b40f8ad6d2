export const lsKeys = {
  all: ['ls'] as const,
  collection: (collectionId: string) => [...lsKeys.all, collectionId] as const,
  /** `path` is the raw string from the route; '' means "the collection's default folder". */
  dir: (collectionId: string, path: string) => [...lsKeys.collection(collectionId), path] as const,
};
