/**
 * Per-pane back/forward (the browser's own history walks both panes at once). A location the pane
 * arrives at is pushed; one reached through back/forward only moves the index, and until the URL
 * has caught up with it (`travelling`) nothing else is pushed.
 */
export type PaneHistory = { items: readonly string[]; index: number; travelling: string | null };

const LIMIT = 100;

export const startHistory = (location: string): PaneHistory => ({ items: [location], index: 0, travelling: null });

export function arriveAt(h: PaneHistory, location: string): PaneHistory {
  if (h.travelling !== null) return h.travelling === location ? { ...h, travelling: null } : h;
  if (h.items[h.index] === location) return h;
  const items = [...h.items.slice(0, h.index + 1), location].slice(-LIMIT);
  return { items, index: items.length - 1, travelling: null };
}

/** Where `delta` steps back (-1) or forward (+1) leads, or null at either end. */
export const historyTarget = (h: PaneHistory, delta: number): string | null => h.items[h.index + delta] ?? null;

export function travel(h: PaneHistory, delta: number): PaneHistory {
  const target = historyTarget(h, delta);
  return target === null ? h : { ...h, index: h.index + delta, travelling: target };
}

export const canGoBack = (h: PaneHistory) => h.index > 0;
export const canGoForward = (h: PaneHistory) => h.index < h.items.length - 1;
