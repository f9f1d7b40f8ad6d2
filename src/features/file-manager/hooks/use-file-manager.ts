import { createContext, useContext, useSyncExternalStore } from 'react';
import type { FileManagerStore } from '@/features/file-manager/model/file-manager-store';
import type { FileManagerState } from '@/features/file-manager/model/file-manager-state';

export const FileManagerContext = createContext<FileManagerStore | null>(null);

export function useFileManagerStore(): FileManagerStore {
  const store = useContext(FileManagerContext);
  if (!store) throw new Error('useFileManagerStore must be used inside <FileManagerProvider>');
  return store;
}

/**
 * A slice of the file manager's state. `select` must return a part of the state (or a primitive),
 * never a new object: the component re-renders only when that part changes.
 */
export function useFileManager<T>(select: (state: FileManagerState) => T): T {
  const store = useFileManagerStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
