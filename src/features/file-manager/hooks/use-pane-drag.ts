import { useCallback, type DragEvent } from 'react';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { transferOnDrop } from '@/features/file-manager/commands/drop-transfer';
import { useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import { childPath } from '@/lib/paths/collection-path';
import { DRAG_TYPE, type DragPayload } from '@/features/file-manager/model/drag-payload';
import type { PaneListing } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

/** Rows dragged out of this pane, and rows of the other pane dropped on it (its folder or a folder row). */
export function usePaneDrag(side: PaneSide, listing: PaneListing, listed: boolean) {
  const store = useFileManagerStore();
  const { collectionId, entries, path } = listing;

  const dragRows = useCallback(
    (dragged: string[], e: DragEvent) => {
      if (!listed) return;
      const byName = new Map(entries.map((x) => [x.name, x]));
      const payload: DragPayload = {
        side,
        collectionId,
        path,
        items: dragged.map((n) => ({ name: n, isDir: byName.get(n)?.type === 'dir' })),
      };
      e.dataTransfer.setData(DRAG_TYPE, JSON.stringify(payload));
      e.dataTransfer.setData('text/plain', dragged.join('\n'));
      e.dataTransfer.effectAllowed = 'copy';
    },
    [collectionId, entries, listed, path, side],
  );
  const dropAt = useCallback(
    (target: string, e: DragEvent) => {
      const raw = e.dataTransfer.getData(DRAG_TYPE);
      if (!raw) return;
      e.preventDefault();
      store.run(transferOnDrop(store.getState(), JSON.parse(raw) as DragPayload, side, target));
    },
    [side, store],
  );
  const dropOnFolder = useCallback(
    (entry: FileEntry, e: DragEvent) => dropAt(childPath(path, entry.name), e),
    [dropAt, path],
  );
  return { dragRows, dropAt, dropOnFolder };
}
