import { createKeyValueStore } from '@/lib/storage/kv-store';

/**
 * Files chosen for an upload that had to wait for the HTTPS consent round trip. They are kept in
 * IndexedDB (a File survives structured cloning) so the user does not have to choose them again,
 * taken back once on return, and dropped on logout or when older than an hour.
 */
export type PendingUpload = { collectionId: string; folder: string; files: File[]; savedAt: number };

/** Above this the browser would copy too much into its own storage: the user chooses the files again. */
export const KEEP_LIMIT_BYTES = 100 * 1024 * 1024;
const MAX_AGE_MS = 60 * 60 * 1000;
const KEY = 'upload';

const store = createKeyValueStore<PendingUpload>('pending-uploads');

export const canKeepForLater = (files: readonly File[]) => files.reduce((n, f) => n + f.size, 0) <= KEEP_LIMIT_BYTES;

export async function savePendingUpload(collectionId: string, folder: string, files: File[]): Promise<void> {
  await store.set(KEY, { collectionId, folder, files, savedAt: Date.now() });
}

/** The files kept for this collection and folder (once), or null. */
export async function takePendingUpload(collectionId: string, folder: string): Promise<File[] | null> {
  const kept = await store.get(KEY);
  if (!kept) return null;
  await store.delete(KEY);
  const fresh = Date.now() - kept.savedAt <= MAX_AGE_MS;
  return fresh && kept.collectionId === collectionId && kept.folder === folder ? kept.files : null;
}

export const clearPendingUploads = () => store.clear();
