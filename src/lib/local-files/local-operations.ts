// New folder, rename and delete in a folder on this computer: the local counterparts of Transfer's
// mkdir, rename and delete task, with the same paths ('/a/b/') and clear refusals.
import {
  LocalNameTakenError,
  LocalPermissionError,
  LocalRootMissingError,
  asLocalError,
} from '@/lib/local-files/local-errors';
import { queryLocalPermission } from '@/lib/local-files/picker-api';
import { loadLocalRoot, resolveLocalFolder, type LocalRoot } from '@/lib/local-files/local-roots';

type MovableHandle = FileSystemHandle & { move?(newName: string): Promise<void> };

/**
 * Renaming needs `move()` on the handle, which browsers add kind by kind (Chromium has it for files,
 * not yet for folders); where it is missing the command is off and says so.
 */
export function canMoveLocally(kind: 'file' | 'dir' = 'file'): boolean {
  const handleClass = kind === 'dir' ? globalThis.FileSystemDirectoryHandle : globalThis.FileSystemFileHandle;
  return typeof handleClass !== 'undefined' && typeof (handleClass.prototype as MovableHandle).move === 'function';
}

export const renameUnavailable = (kind: 'file' | 'dir'): string =>
  `This browser cannot rename ${kind === 'dir' ? 'folders' : 'files'} on your computer from a web page. ` +
  'Rename it in your computer’s file manager, then refresh.';

/** The remembered folder behind a pane id, with the permission to change it (asked for with a click elsewhere). */
export async function openLocalRoot(collectionId: string): Promise<LocalRoot> {
  const root = await loadLocalRoot(collectionId);
  if (!root) throw new LocalRootMissingError(collectionId);
  if ((await queryLocalPermission(root.handle, 'readwrite')) !== 'granted') throw new LocalPermissionError(root);
  return root;
}

async function find(folder: FileSystemDirectoryHandle, name: string): Promise<FileSystemHandle | null> {
  for (const get of [() => folder.getDirectoryHandle(name), () => folder.getFileHandle(name)]) {
    try {
      return await get();
    } catch (err) {
      // TypeMismatchError: it is the other kind; NotFoundError: not there at all.
      if (!(err instanceof DOMException) || (err.name !== 'TypeMismatchError' && err.name !== 'NotFoundError'))
        throw err;
    }
  }
  return null;
}

async function inFolder(
  collectionId: string,
  path: string,
  work: (folder: FileSystemDirectoryHandle) => Promise<void>,
) {
  const root = await openLocalRoot(collectionId);
  try {
    await work(await resolveLocalFolder(root.handle, path));
  } catch (err) {
    throw err instanceof LocalNameTakenError ? err : asLocalError(err, root, path);
  }
}

export const makeLocalFolder = (collectionId: string, path: string, name: string): Promise<void> =>
  inFolder(collectionId, path, async (folder) => {
    if (await find(folder, name)) throw new LocalNameTakenError(name);
    await folder.getDirectoryHandle(name, { create: true });
  });

export const renameLocalEntry = (collectionId: string, path: string, from: string, to: string): Promise<void> =>
  inFolder(collectionId, path, async (folder) => {
    const handle: MovableHandle | null = await find(folder, from);
    if (!handle) throw new DOMException(from, 'NotFoundError');
    if (await find(folder, to)) throw new LocalNameTakenError(to);
    if (!handle.move) throw new Error(renameUnavailable(handle.kind === 'directory' ? 'dir' : 'file'));
    await handle.move(to);
  });

/** Folders go with everything in them (the delete dialog says so before). */
export const deleteLocalEntries = (collectionId: string, path: string, names: readonly string[]): Promise<void> =>
  inFolder(collectionId, path, async (folder) => {
    for (const name of names) await folder.removeEntry(name, { recursive: true });
  });
