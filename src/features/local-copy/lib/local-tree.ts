// The folder on this computer as the planner and the copy see it: listing, and the file handles a copy
// reads from or writes into (File System Access API).
import { resolveLocalFolder } from '@/lib/local-files/local-roots';
import type { TreeEntry, TreeSource } from '@/features/local-copy/model/plan';

// TypeScript's DOM library lacks the async iteration Chromium ships on folder handles.
type IterableFolder = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };

const isMissing = (err: unknown) => err instanceof DOMException && err.name === 'NotFoundError';

export const localFolderPath = (base: string, rel: string) =>
  `${base.endsWith('/') ? base : `${base}/`}${rel ? `${rel}/` : ''}`;

/** Lists `base` + rel under the picked folder; files carry their sizes. */
export function localTree(root: FileSystemDirectoryHandle, base: string): TreeSource {
  return {
    async list(rel) {
      let folder: FileSystemDirectoryHandle;
      try {
        folder = await resolveLocalFolder(root, localFolderPath(base, rel));
      } catch (err) {
        if (isMissing(err) || (err instanceof DOMException && err.name === 'TypeMismatchError')) return null;
        throw err;
      }
      const entries: TreeEntry[] = [];
      for await (const handle of (folder as IterableFolder).values()) {
        if (handle.kind === 'directory') entries.push({ name: handle.name, type: 'dir', size: 0 });
        else
          entries.push({
            name: handle.name,
            type: 'file',
            size: (await (handle as FileSystemFileHandle).getFile()).size,
          });
      }
      return entries;
    },
  };
}

/** Folder handles kept per picked folder; past this many, the cache starts over. */
const CACHED_FOLDERS = 1_000;

/**
 * The file at `path` ('/a/b.txt') under a picked folder, its folders made on the way when `create`. Folder
 * handles are kept, so the files of a tree do not each walk their path again; a kept folder that was removed
 * meanwhile is looked up afresh (and made again when `create`).
 */
export function localFileHandles() {
  const cache = new WeakMap<FileSystemDirectoryHandle, Map<string, FileSystemDirectoryHandle>>();
  return async (root: FileSystemDirectoryHandle, path: string, create: boolean): Promise<FileSystemFileHandle> => {
    const cut = path.lastIndexOf('/');
    const dir = path.slice(0, cut + 1);
    const name = path.slice(cut + 1);
    let folders = cache.get(root);
    if (!folders) cache.set(root, (folders = new Map<string, FileSystemDirectoryHandle>()));
    const kept = folders.get(dir);
    if (kept) {
      try {
        return await kept.getFileHandle(name, { create });
      } catch (err) {
        if (!isMissing(err)) throw err;
        folders.delete(dir);
      }
    }
    const folder = await resolveLocalFolder(root, dir, create);
    if (folders.size >= CACHED_FOLDERS) folders.clear();
    folders.set(dir, folder);
    return folder.getFileHandle(name, { create });
  };
}

/** Removes a half-written file; false when it could not be removed (the caller names it instead). */
export async function removeLocalFile(root: FileSystemDirectoryHandle, path: string): Promise<boolean> {
  const cut = path.lastIndexOf('/');
  try {
    const folder = await resolveLocalFolder(root, path.slice(0, cut + 1));
    await folder.removeEntry(path.slice(cut + 1));
    return true;
  } catch (err) {
    return isMissing(err);
  }
}
