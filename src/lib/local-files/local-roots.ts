// A folder on this computer, picked by the user, shown in a pane like a collection. The pane's
// location keeps its usual shape: the collection id is `local:<key>` and the path is a
// Transfer-style absolute folder path ('/', '/a/b/'), so navigation, history and the URL work unchanged.
import * as v from 'valibot';
import { createKeyValueStore, validatedStore } from '@/lib/storage/kv-store';
import { isLocalCollection, localRootId, localRootKey } from '@/lib/local-files/local-id';

export type LocalRoot = {
  /** The pane's collection id for this folder: `local:<key>`. */
  id: string;
  /** The folder's own name, as the picker gave it (the browser never reveals the full path). */
  name: string;
  handle: FileSystemDirectoryHandle;
  addedAt: number;
};

type StoredRoot = { name: string; handle: FileSystemDirectoryHandle; addedAt: number };

// Handles survive structured cloning into IndexedDB; the permission does not (asked again after a reload).
const isDirectoryHandle = (value: unknown): value is FileSystemDirectoryHandle =>
  typeof FileSystemDirectoryHandle !== 'undefined' && value instanceof FileSystemDirectoryHandle;

const storedRoot = v.object({
  name: v.string(),
  handle: v.custom<FileSystemDirectoryHandle>(isDirectoryHandle),
  addedAt: v.number(),
});

const store = validatedStore<StoredRoot>(createKeyValueStore('local-folders'), storedRoot);

const toRoot = (key: string, stored: StoredRoot): LocalRoot => ({ id: localRootId(key), ...stored });

/** Remembers a picked folder; picking the same folder again reuses its id (and so its URL). */
export async function saveLocalRoot(handle: FileSystemDirectoryHandle): Promise<LocalRoot> {
  for (const [key, stored] of await store.entries()) {
    if (await stored.handle.isSameEntry(handle)) return toRoot(key, stored);
  }
  const key = crypto.randomUUID().slice(0, 8);
  const stored = { name: handle.name, handle, addedAt: Date.now() };
  await store.set(key, stored);
  return toRoot(key, stored);
}

export async function loadLocalRoot(collectionId: string): Promise<LocalRoot | null> {
  if (!isLocalCollection(collectionId)) return null;
  const key = localRootKey(collectionId);
  const stored = await store.get(key);
  return stored ? toRoot(key, stored) : null;
}

/** Every remembered folder, most recently added first. */
export async function listLocalRoots(): Promise<LocalRoot[]> {
  const all = await store.entries();
  return all.map(([key, stored]) => toRoot(key, stored)).sort((a, b) => b.addedAt - a.addedAt);
}

export async function forgetLocalRoot(collectionId: string): Promise<void> {
  await store.delete(localRootKey(collectionId));
}

/** Forgets every folder (logout: the next user of this browser must not see them). */
export const clearLocalRoots = () => store.clear();

/** The segments of a Transfer-style path ('/a/b/' → ['a', 'b']). */
export const pathSegments = (path: string): string[] => path.split('/').filter((s) => s !== '');

/** The folder at `path` under `root`; with `create`, missing folders are made on the way. */
export async function resolveLocalFolder(
  root: FileSystemDirectoryHandle,
  path: string,
  create = false,
): Promise<FileSystemDirectoryHandle> {
  let folder = root;
  for (const segment of pathSegments(path)) folder = await folder.getDirectoryHandle(segment, { create });
  return folder;
}
