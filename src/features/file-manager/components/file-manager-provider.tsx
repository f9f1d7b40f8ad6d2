import { useEffect, useLayoutEffect, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { forgetReturnedState, peekReturnedState } from '@/components/services/login-round-trip';
import { lsKeys } from '@/features/file-manager/api/ls-keys';
import { chooseLocalFolder } from '@/lib/local-files/choose-local-folder';
import { localRootKeys } from '@/lib/queries/local-root';
import { FileManagerContext } from '@/features/file-manager/hooks/use-file-manager';
import { fromAppState, isFileManagerAppState, type FileManagerAppState } from '@/features/file-manager/model/app-state';
import { initialFileManagerState, type PaneLocation } from '@/features/file-manager/model/file-manager-state';
import { createFileManagerStore } from '@/features/file-manager/model/file-manager-store';
import { loadPanePrefs, savePanePrefs } from '@/features/file-manager/model/pane-prefs';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

type Props = {
  /** Where the panes are, from the URL: the source of truth the store follows. */
  locations: Record<PaneSide, PaneLocation>;
  /** Move a pane by changing the URL. */
  onNavigate: (side: PaneSide, location: PaneLocation) => void;
  onSwap: () => void;
  /** State from a login round trip; by default whatever the last login brought back. */
  restore?: FileManagerAppState | null | undefined;
  children: ReactNode;
};

/** Holds the file manager's store, and keeps it in step with the URL, the query cache and the saved prefs. */
export function FileManagerProvider({ locations, onNavigate, onSwap, restore, children }: Props) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [store] = useState(() => {
    const saved = restore === undefined ? peekReturnedState() : restore;
    return createFileManagerStore(
      initialFileManagerState({ locations, ...fromAppState(isFileManagerAppState(saved) ? saved : null) }),
    );
  });
  // What the login brought back is read once: a later visit to this page starts afresh.
  useEffect(() => forgetReturnedState(), []);

  useLayoutEffect(() =>
    store.connect({
      navigate: onNavigate,
      swap: onSwap,
      refresh: (loc) =>
        void queryClient.refetchQueries({ queryKey: lsKeys.dir(loc.collectionId, loc.path), exact: true }),
      savePrefs: (side, prefs) => void savePanePrefs(side, prefs),
      menuAnchor: () => {
        const box = document.activeElement?.getBoundingClientRect();
        return { x: (box?.left ?? 0) + 40, y: (box?.top ?? 0) + 40 };
      },
      openPage: (to) => void navigate(to),
      pickLocalFolder: (side) =>
        void chooseLocalFolder().then(
          async (root) => {
            if (!root) return;
            await queryClient.invalidateQueries({ queryKey: localRootKeys.all });
            onNavigate(side, { collectionId: root.id, path: '' });
          },
          (err: unknown) =>
            store.dispatch({
              type: 'openDialog',
              dialog: {
                kind: 'notice',
                title: 'The folder could not be opened',
                text: `${err instanceof Error ? err.message : String(err)} Try another folder.`,
              },
            }),
        ),
    }),
  );

  // The one place the URL reaches the store (browser Back and Forward, links, this app's own moves).
  const { left, right } = locations;
  useLayoutEffect(() => {
    store.dispatch({ type: 'locate', side: 'left', location: { collectionId: left.collectionId, path: left.path } });
  }, [store, left.collectionId, left.path]);
  useLayoutEffect(() => {
    store.dispatch({ type: 'locate', side: 'right', location: { collectionId: right.collectionId, path: right.path } });
  }, [store, right.collectionId, right.path]);

  useEffect(() => {
    let live = true;
    void loadPanePrefs().then((saved) => {
      if (live) store.dispatch({ type: 'prefsLoaded', saved });
    });
    return () => {
      live = false;
    };
  }, [store]);

  return <FileManagerContext value={store}>{children}</FileManagerContext>;
}
