import { FILES_PARAMS } from '@/lib/routes/paths';
import type { PaneLocation } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

/** The left pane is the Web App's origin, the right pane its destination. */
const PANE_PARAMS: Record<PaneSide, { id: string; path: string }> = {
  left: { id: FILES_PARAMS.originId, path: FILES_PARAMS.originPath },
  right: { id: FILES_PARAMS.destinationId, path: FILES_PARAMS.destinationPath },
};

export function readPane(params: URLSearchParams, side: PaneSide): PaneLocation {
  return { collectionId: params.get(PANE_PARAMS[side].id) ?? '', path: params.get(PANE_PARAMS[side].path) ?? '' };
}

/**
 * The panes written over `base` (other parameters stay). A path only counts with its collection.
 * URLSearchParams does the encoding: `#`, `%`, `?`, `&`, `+`, spaces and non-ASCII survive unchanged.
 */
export function writePanes(base: URLSearchParams, panes: Record<PaneSide, PaneLocation>): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const side of ['left', 'right'] as const) {
    const { id, path } = PANE_PARAMS[side];
    const loc = panes[side];
    if (loc.collectionId) next.set(id, loc.collectionId);
    else next.delete(id);
    if (loc.collectionId && loc.path) next.set(path, loc.path);
    else next.delete(path);
  }
  if (panes.right.collectionId) next.set(FILES_PARAMS.twoPane, 'true');
  return next;
}
