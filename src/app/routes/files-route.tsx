import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { usePaneCollection } from '@/app/routes/use-pane-collection';
import { DualPane } from '@/features/file-manager/components/dual-pane';
import { isFileManagerAppState } from '@/features/file-manager/model/app-state';
import type { PaneSide } from '@/features/file-manager/model/pane-handle';
import { PaneSlot } from '@/app/routes/pane-slot';
import { readPane, writePanes, type PaneLocation } from '@/app/routes/pane-params';
import { clearLoginAppState, peekLoginAppState } from '@/app/routes/login-app-state';
import { isHttpsResume, type HttpsResume } from '@/features/data-access/model/https-resume';

/** Kept for links built elsewhere in the app. */
export const ORIGIN_ID = 'origin_id';
export const ORIGIN_PATH = 'origin_path';

/**
 * `#/files?origin_id=&origin_path=&destination_id=&destination_path=&two_pane=true`, as in the
 * Globus Web App. Each move is a history entry, so the browser's Back and Forward walk both panes.
 */
export function FilesRoute() {
  const [params, setParams] = useSearchParams();
  const left = readPane(params, 'left');
  const right = readPane(params, 'right');
  // State from a login round trip (consent, step-up): read once, then forgotten.
  const [restore] = useState(() => {
    const s = peekLoginAppState();
    return isFileManagerAppState(s) ? s : null;
  });
  useEffect(() => clearLoginAppState(), []);
  // A download or upload interrupted by the HTTPS consent: given once to the pane that shows its folder again.
  const httpsResume = useRef<HttpsResume | null>(isHttpsResume(restore?.pending) ? restore.pending : null);
  const takeHttpsResume = useCallback((collectionId: string, folder: string) => {
    const r = httpsResume.current;
    if (!r || r.collectionId !== collectionId || r.folder !== folder) return null;
    httpsResume.current = null;
    return r;
  }, []);
  const leftName = usePaneCollection(left.id).data?.display_name;
  const rightName = usePaneCollection(right.id).data?.display_name;

  const setPanes = useCallback(
    (change: (panes: Record<PaneSide, PaneLocation>) => Record<PaneSide, PaneLocation>) =>
      setParams((prev) => {
        const current = { left: readPane(prev, 'left'), right: readPane(prev, 'right') };
        const next = writePanes(prev, change(current));
        return next.toString() === prev.toString() ? prev : next;
      }),
    [setParams],
  );
  const setPane = useCallback(
    (side: PaneSide, id: string, path: string) => setPanes((p) => ({ ...p, [side]: { id, path } })),
    [setPanes],
  );
  const swap = useCallback(() => setPanes((p) => ({ left: p.right, right: p.left })), [setPanes]);

  return (
    <DualPane
      restore={restore}
      paneNames={{ left: leftName ?? (left.id ? 'Loading…' : 'No collection'), right: rightName ?? (right.id ? 'Loading…' : 'No collection') }}
      onSwap={swap}
      onOpenIn={setPane}
      renderPane={(side, binding) => {
        const loc = side === 'left' ? left : right;
        return (
          <PaneSlot
            key={`${side}:${loc.id}`}
            side={side}
            collectionId={loc.id}
            path={loc.path}
            binding={binding}
            onNavigate={(p) => setPane(side, loc.id, p)}
            onChooseCollection={(id) => setPane(side, id, '')}
            onOpenLocation={(id, p) => setPane(side, id, p)}
            takeHttpsResume={takeHttpsResume}
          />
        );
      }}
    />
  );
}
