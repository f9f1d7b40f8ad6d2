import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { usePaneName } from '@/app/routes/use-pane-collection';
import { PaneSlot } from '@/app/routes/pane-slot';
import { readPane, writePanes } from '@/app/routes/pane-params';
import { DualPane } from '@/features/file-manager/components/dual-pane';
import { FileManagerProvider } from '@/features/file-manager/components/file-manager-provider';
import { LocalCopy } from '@/features/local-copy/components/local-copy';
import type { PaneLocation } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

/**
 * `#/files?origin_id=&origin_path=&destination_id=&destination_path=&two_pane=true`, as in the
 * Globus Web App. The URL is where the panes are: the file manager's store follows it, and every
 * move is a history entry, so the browser's Back and Forward walk both panes.
 */
export function FilesRoute() {
  const [params, setParams] = useSearchParams();
  const left = readPane(params, 'left');
  const right = readPane(params, 'right');
  const leftName = usePaneName(left.collectionId);
  const rightName = usePaneName(right.collectionId);

  const setPanes = useCallback(
    (change: (panes: Record<PaneSide, PaneLocation>) => Record<PaneSide, PaneLocation>) =>
      setParams((prev) => {
        const current = { left: readPane(prev, 'left'), right: readPane(prev, 'right') };
        const next = writePanes(prev, change(current));
        return next.toString() === prev.toString() ? prev : next;
      }),
    [setParams],
  );
  const navigate = useCallback(
    (side: PaneSide, location: PaneLocation) => setPanes((p) => ({ ...p, [side]: location })),
    [setPanes],
  );
  const swap = useCallback(() => setPanes((p) => ({ left: p.right, right: p.left })), [setPanes]);
  const shownName = (id: string, name: string) => (id ? name : 'No collection');

  return (
    <FileManagerProvider locations={{ left, right }} onNavigate={navigate} onSwap={swap}>
      {/* The page's one heading, for screen readers; the panes title themselves. */}
      <h1 className="sr-only">File manager</h1>
      <DualPane
        paneNames={{ left: shownName(left.collectionId, leftName), right: shownName(right.collectionId, rightName) }}
        renderPane={(side) => <PaneSlot key={`${side}:${(side === 'left' ? left : right).collectionId}`} side={side} />}
      />
      {/* Copies between a local pane and a collection pane: the options dialog and the queue under the panes. */}
      <LocalCopy />
    </FileManagerProvider>
  );
}
