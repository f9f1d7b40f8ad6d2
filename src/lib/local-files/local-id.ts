// The collection id a pane uses for a folder on this computer: `local:<key>`. Apart from local-roots.ts
// (the remembered folders and their IndexedDB store) so that telling such an id from a collection's costs
// the first page nothing more.

export const LOCAL_PREFIX = 'local:';

export const isLocalCollection = (collectionId: string): boolean => collectionId.startsWith(LOCAL_PREFIX);
export const localRootId = (key: string): string => `${LOCAL_PREFIX}${key}`;
export const localRootKey = (collectionId: string): string => collectionId.slice(LOCAL_PREFIX.length);
