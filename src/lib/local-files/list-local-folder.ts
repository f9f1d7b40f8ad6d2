// A folder on this computer listed in the shape of Transfer's `ls` answer, so the pane sorts, filters,
// marks and compares it with the code it uses for collections (docs/protocol/transfer.md#directory-listing).
import type { FileEntry, FileList } from '@/lib/globus/transfer-types';
import { toTransferTime } from '@/lib/format/deadline';
import { asLocalError } from '@/lib/local-files/local-errors';
import { canMoveLocally, openLocalRoot } from '@/lib/local-files/local-operations';
import { pathSegments, resolveLocalFolder } from '@/lib/local-files/local-roots';

/** TypeScript's DOM library leaves out the async iteration of a folder; Chromium has it. */
type IterableFolder = FileSystemDirectoryHandle & { values(): AsyncIterable<FileSystemHandle> };

/** Files are read (for size and date) this many at a time: a large folder neither waits on one file nor opens all at once. */
const READ_BATCH = 64;

/** '' (no path in the route) is the picked folder itself; every path reads as '/a/b/'. */
export const localFolderPath = (path: string): string => {
  const segments = pathSegments(path);
  return segments.length ? `/${segments.join('/')}/` : '/';
};

const entry = (name: string, type: 'dir' | 'file', size: number, lastModified: number | null): FileEntry => ({
  DATA_TYPE: 'file',
  name,
  type,
  size,
  last_modified: lastModified === null ? null : toTransferTime(new Date(lastModified)),
  // The browser does not tell owners or modes: the columns stay empty rather than guessed.
  permissions: null,
  user: null,
  group: null,
  link_target: null,
});

async function describe(handle: FileSystemHandle): Promise<FileEntry> {
  if (handle.kind === 'directory') return entry(handle.name, 'dir', 0, null);
  const file = await (handle as FileSystemFileHandle).getFile();
  return entry(handle.name, 'file', file.size, file.lastModified);
}

/** Lists one folder handle; `path` is only echoed (the caller resolved it). */
export async function listLocalHandle(
  folder: FileSystemDirectoryHandle,
  collectionId: string,
  path: string,
  signal?: AbortSignal,
): Promise<FileList> {
  const handles: FileSystemHandle[] = [];
  for await (const handle of (folder as IterableFolder).values()) handles.push(handle);
  const DATA: FileEntry[] = [];
  for (let i = 0; i < handles.length; i += READ_BATCH) {
    signal?.throwIfAborted();
    DATA.push(...(await Promise.all(handles.slice(i, i + READ_BATCH).map(describe))));
  }
  return {
    DATA_TYPE: 'file_list',
    endpoint: collectionId,
    path,
    absolute_path: null,
    rename_supported: canMoveLocally(),
    symlink_supported: false,
    length: DATA.length,
    total: DATA.length,
    DATA,
  };
}

/**
 * The folder at `path` in the picked folder `collectionId` (`local:<key>`). Fails with
 * LocalRootMissingError (not remembered), LocalPermissionError (allow access again) or
 * LocalNotFoundError (gone from the computer).
 */
export async function listLocalFolder(collectionId: string, path: string, signal?: AbortSignal): Promise<FileList> {
  const root = await openLocalRoot(collectionId);
  const folderPath = localFolderPath(path);
  try {
    return await listLocalHandle(await resolveLocalFolder(root.handle, folderPath), collectionId, folderPath, signal);
  } catch (err) {
    throw asLocalError(err, root, folderPath);
  }
}
