import { createKeyValueStore } from '@/lib/storage/kv-store';

/**
 * The display names of collections the app has shown, by id, so a pane, the pane switcher and the
 * bookmarks can still title a collection by name when its document cannot be fetched (e.g. after a
 * failed token refresh). Names only: nothing secret, kept in IndexedDB like the view prefs. (The
 * database keeps the name it was created with, so names remembered before stay.)
 */
export const collectionNamesStore = createKeyValueStore<string>('file-manager-collection-names');

export const rememberCollectionName = (id: string, name: string): Promise<void> =>
  collectionNamesStore.set(id, name).catch(() => {});

export const recallCollectionName = (id: string): Promise<string | undefined> =>
  collectionNamesStore.get(id).catch(() => undefined);

/** Shown when neither the document nor a remembered name gives the collection's name. */
export const NAME_UNAVAILABLE = 'Collection (name unavailable)';

/** Shown while the document is on its way and no name is remembered: never the raw id. */
export const NAME_LOADING = 'Loading collection…';
