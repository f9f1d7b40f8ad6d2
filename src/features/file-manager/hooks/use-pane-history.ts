import { useCallback, useRef, useState } from 'react';

/**
 * Per-pane back/forward (the browser's own history walks both panes at once). A location the
 * pane moves to by itself is pushed; one reached through back/forward only moves the index.
 */
export function usePaneHistory(location: string, onGo: (location: string) => void) {
  const [stack, setStack] = useState({ items: [location], index: 0 });
  const travelling = useRef<string | null>(null);
  const current = stack.items[stack.index];
  if (travelling.current !== null) {
    // Between the index moving and the route following it: wait for the route.
    if (travelling.current === location) travelling.current = null;
  } else if (current !== location) {
    {
      const items = [...stack.items.slice(0, stack.index + 1), location].slice(-100);
      setStack({ items, index: items.length - 1 });
    }
  }
  const travel = useCallback(
    (delta: number) => {
      const i = stack.index + delta;
      const target = stack.items[i];
      if (target === undefined) return;
      travelling.current = target;
      setStack((s) => ({ ...s, index: i }));
      onGo(target);
    },
    [onGo, stack],
  );
  return {
    canGoBack: stack.index > 0,
    canGoForward: stack.index < stack.items.length - 1,
    back: () => travel(-1),
    forward: () => travel(1),
  };
}
