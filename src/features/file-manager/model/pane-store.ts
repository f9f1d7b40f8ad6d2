import type { PaneHandle, PaneSide } from '@/features/file-manager/model/pane-handle';

/**
 * The two panes' handles, outside React state: a pane re-registers on every render, and only the
 * small subscribers (function-key bar, compare marks) re-render, never the other pane's grid.
 */
export function createPaneStore() {
  const handles: Partial<Record<PaneSide, PaneHandle>> = {};
  const listeners = new Set<() => void>();
  let version = 0;
  return {
    get: (side: PaneSide): PaneHandle | null => handles[side] ?? null,
    set(side: PaneSide, handle: PaneHandle) {
      handles[side] = handle;
      version += 1;
      for (const l of listeners) l();
    },
    clear(side: PaneSide) {
      delete handles[side];
      version += 1;
      for (const l of listeners) l();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    version: () => version,
  };
}
export type PaneStore = ReturnType<typeof createPaneStore>;
