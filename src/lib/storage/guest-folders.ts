import * as v from 'valibot';
import { createKeyValueStore, validatedStore } from '@/lib/storage/kv-store';

/**
 * Folders of guest collections the user could list, by collection id, newest first. Someone given access to a
 * folder inside a guest collection cannot list its root, and Transfer does not tell them which folder
 * their access rule names (only access managers may read the rules): a folder that worked before is the
 * best guess for where to open it again. Paths only, nothing secret.
 */
const store = validatedStore(createKeyValueStore('guest-folders'), v.array(v.string()));

const KEEP = 5;

export async function rememberGuestFolder(collectionId: string, path: string): Promise<void> {
  try {
    const known = (await store.get(collectionId)) ?? [];
    if (known[0] === path) return;
    await store.set(collectionId, [path, ...known.filter((p) => p !== path)].slice(0, KEEP));
  } catch {
    // A guess lost is only a guess lost.
  }
}

export const recallGuestFolders = (collectionId: string): Promise<string[]> =>
  store.get(collectionId).then(
    (known) => known ?? [],
    () => [],
  );

/** For tests. */
export const clearGuestFolders = () => store.clear();
