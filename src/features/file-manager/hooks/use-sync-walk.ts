import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { GlobusError } from '@/lib/globus/errors';
import { directoryQuery } from '@/lib/queries/directory';
import { useServices } from '@/components/services/services-context';
import { walkSyncTree, type WalkProgress, type WalkResult } from '@/features/file-manager/lib/sync-walk';

export type SyncWalkState =
  | { status: 'walking'; progress: WalkProgress | null }
  | { status: 'done'; result: WalkResult; destMissing: boolean }
  | { status: 'failed'; error: unknown };

/**
 * Walks the two folders for a sync preview through the shared folder-listing query, so folders the panes
 * already listed come from cache and a folder listed here shows at once in a pane. Leaving (or `stop`)
 * ends the walk after the listing under way; what was compared so far stays.
 */
export function useSyncWalk(sourceCollection: string, source: string, destCollection: string, dest: string) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  const [state, setState] = useState<SyncWalkState>({ status: 'walking', progress: null });
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    running.current = controller;
    // Only the current walk speaks (a remount's first walk may still settle).
    const mine = () => running.current === controller;
    const list = (collection: string, path: string) =>
      queryClient.fetchQuery(directoryQuery(http, collection, path)).then((l) => l.DATA);
    let destMissing = false;
    walkSyncTree({
      source,
      dest,
      listSource: (path) => list(sourceCollection, path),
      listDest: (path) =>
        list(destCollection, path).catch((error: unknown) => {
          // A destination folder that does not exist yet: everything in it would be copied.
          if (!(error instanceof GlobusError && error.status === 404)) throw error;
          if (path === dest) destMissing = true;
          return null;
        }),
      signal: controller.signal,
      onProgress: (progress) => {
        if (mine()) setState({ status: 'walking', progress });
      },
    }).then(
      (result) => {
        if (mine()) setState({ status: 'done', result, destMissing });
      },
      (error: unknown) => {
        if (mine()) setState({ status: 'failed', error });
      },
    );
    return () => {
      controller.abort();
      if (mine()) running.current = null;
    };
  }, [http, queryClient, sourceCollection, source, destCollection, dest]);

  const stop = useCallback(() => running.current?.abort(), []);
  return { state, stop };
}
