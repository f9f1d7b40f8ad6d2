import { createKeyValueStore } from '@/lib/storage/kv-store';

/**
 * The display names of collections the panes have shown, by id, so a pane can still title its
 * collection by name when the collection document cannot be fetched (e.g. after a failed token
 * refresh). Names only: nothing secret, kept in IndexedDB like the view prefs.
 */
export const collectionNamesStore = createKeyValueStore<string>('file-manager-collection-names');

export const rememberCollectionName = (id: string, name: string): Promise<void> =>
  collectionNamesStore.set(id, name).catch(() => {});

export const recallCollectionName = (id: string): Promise<string | undefined> =>
  collectionNamesStore.get(id).catch(() => undefined);

/** Shown when neither the document nor a remembered name gives the collection's name. */
export const NAME_UNAVAILABLE = 'Collection (name unavailable)';
