// The parts of the File System Access API that TypeScript's DOM library does not describe yet
// (Chromium ships them; other browsers lack the picker and get a plain explanation instead).

export type LocalPermissionMode = 'read' | 'readwrite';

type PermissionHandle = FileSystemHandle & {
  queryPermission?(descriptor: { mode: LocalPermissionMode }): Promise<PermissionState>;
  requestPermission?(descriptor: { mode: LocalPermissionMode }): Promise<PermissionState>;
};

type PickerWindow = Window & {
  showDirectoryPicker?(options?: { id?: string; mode?: LocalPermissionMode }): Promise<FileSystemDirectoryHandle>;
};

/** This browser can let the user pick a folder and keep working in it. */
export const canPickFolders = (): boolean =>
  typeof window !== 'undefined' && typeof (window as PickerWindow).showDirectoryPicker === 'function';

/** Asks the user for a folder (needs a user gesture); null when they cancel. */
export async function pickFolder(mode: LocalPermissionMode = 'readwrite'): Promise<FileSystemDirectoryHandle | null> {
  const w = window as PickerWindow;
  if (!w.showDirectoryPicker) return null;
  try {
    return await w.showDirectoryPicker({ id: 'globus-local-folder', mode });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** The permission already held on a handle; handles without the API (the origin-private file system) are granted. */
export async function queryLocalPermission(
  handle: FileSystemHandle,
  mode: LocalPermissionMode,
): Promise<PermissionState> {
  const h = handle as PermissionHandle;
  return h.queryPermission ? h.queryPermission({ mode }) : 'granted';
}

/** Asks again after a reload (needs a user gesture: one click). */
export async function requestLocalPermission(handle: FileSystemHandle, mode: LocalPermissionMode): Promise<boolean> {
  const h = handle as PermissionHandle;
  return (h.requestPermission ? await h.requestPermission({ mode }) : 'granted') === 'granted';
}
