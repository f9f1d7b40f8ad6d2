import type { PaneSide } from '@/features/file-manager/model/pane-handle';

/**
 * Globus Web App parameter names, so links between the two apps keep working:
 * the left pane is the origin, the right pane the destination.
 */
export const PANE_PARAMS: Record<PaneSide, { id: string; path: string }> = {
  left: { id: 'origin_id', path: 'origin_path' },
  right: { id: 'destination_id', path: 'destination_path' },
};
export const TWO_PANE = 'two_pane';

export type PaneLocation = { id: string; path: string };

export function readPane(params: URLSearchParams, side: PaneSide): PaneLocation {
  return { id: params.get(PANE_PARAMS[side].id) ?? '', path: params.get(PANE_PARAMS[side].path) ?? '' };
}

/** URLSearchParams does the encoding: `#`, `%`, `?`, `&`, `+`, spaces and non-ASCII survive unchanged. */
export function writePanes(base: URLSearchParams, panes: Record<PaneSide, PaneLocation>): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const side of ['left', 'right'] as const) {
    const { id, path } = PANE_PARAMS[side];
    const loc = panes[side];
    if (loc.id) next.set(id, loc.id);
    else next.delete(id);
    if (loc.id && loc.path) next.set(path, loc.path);
    else next.delete(path);
  }
  if (panes.right.id) next.set(TWO_PANE, 'true');
  return next;
}
