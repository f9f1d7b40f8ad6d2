import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { endpointQuery } from '@/lib/queries/endpoint';
import { httpsFolderPath } from '@/lib/queries/directory';
import type { LocalCopyRequest } from '@/lib/events/local-copy-requested';
import { loadLocalRoot, type LocalRoot } from '@/lib/local-files/local-roots';
import { queryLocalPermission, requestLocalPermission } from '@/lib/local-files/picker-api';
import { describeError } from '@/lib/globus/describe-error';
import { useServices } from '@/components/services/services-context';
import { localTree } from '@/features/local-copy/lib/local-tree';
import { remoteTree } from '@/features/local-copy/lib/remote-tree';
import { buildPlan, existingFiles, walkSelection, type CopyPlan } from '@/features/local-copy/model/plan';

export type PlanState =
  | { phase: 'loading' }
  | { phase: 'listing'; found: number }
  | { phase: 'permission'; root: LocalRoot }
  /** `collectionPath`: the request's folder with `~` expanded where the collection says how (for its HTTPS server). */
  | { phase: 'ready'; plan: CopyPlan; existing: Map<string, number>; root: LocalRoot; collectionPath: string }
  | { phase: 'failed'; title: string; detail: string };

/**
 * The collection, the picked folder and a recursive listing of both sides, for the dialog: what will be
 * created and copied, and what the target already holds.
 */
export function useCopyPlan(request: LocalCopyRequest) {
  const { http } = useServices();
  const queryClient = useQueryClient();
  const collection = useQuery(endpointQuery(http, request.collectionId));
  const [state, setState] = useState<PlanState>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const httpsServer = collection.data?.https_server ?? null;
  const ready = collection.isSuccess && httpsServer !== null;

  useEffect(() => {
    if (!ready) return;
    const controller = new AbortController();
    const { signal } = controller;
    const mode = request.direction === 'up' ? 'read' : 'readwrite';
    const set = (next: PlanState) => signal.aborted || setState(next);
    void (async () => {
      try {
        const root = await loadLocalRoot(request.localRootId);
        if (!root) {
          set({
            phase: 'failed',
            title: 'This computer’s folder is no longer known',
            detail: 'Open the folder again in the pane, then copy again.',
          });
          return;
        }
        if ((await queryLocalPermission(root.handle, mode)) !== 'granted') return set({ phase: 'permission', root });
        set({ phase: 'listing', found: 0 });
        const collectionPath = await httpsFolderPath(queryClient, http, request.collectionId, request.collectionPath);
        const local = localTree(root.handle, request.localPath);
        const remote = remoteTree(http, request.collectionId, collectionPath);
        const [source, target] = request.direction === 'up' ? [local, remote] : [remote, local];
        const entries = await walkSelection(source, request.items, {
          signal,
          onProgress: (found) => set({ phase: 'listing', found }),
        });
        const existing = await existingFiles(target, entries, signal);
        set({ phase: 'ready', plan: buildPlan(entries, existing), existing, root, collectionPath });
      } catch (err) {
        if (signal.aborted) return;
        const d = describeError(err);
        set({ phase: 'failed', title: `Could not list the files to copy: ${d.title}`, detail: d.detail });
      }
    })();
    return () => controller.abort();
  }, [ready, request, http, queryClient, attempt]);

  return {
    collection,
    httpsServer,
    state,
    /** The one click that lets the page use the folder again (after a reload the browser asks). */
    allowFolder: async (root: LocalRoot) => {
      if (await requestLocalPermission(root.handle, request.direction === 'up' ? 'read' : 'readwrite'))
        setAttempt((n) => n + 1);
    },
  };
}
