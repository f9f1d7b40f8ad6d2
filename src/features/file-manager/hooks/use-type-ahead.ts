import { useCallback, useRef } from 'react';

const RESET_MS = 700;

/** Typing letters jumps to the next name starting with what was typed (as in Explorer/Finder). */
export function useTypeAhead(names: readonly string[], onMatch: (index: number) => void) {
  const buffer = useRef({ text: '', at: 0 });
  return useCallback(
    (char: string, from: number) => {
      const now = Date.now();
      const b = buffer.current;
      b.text = now - b.at > RESET_MS ? char : b.text + char;
      b.at = now;
      const prefix = b.text.toLocaleLowerCase();
      // A single repeated letter cycles through matches; a longer prefix stays on the current match.
      const start = b.text.length === 1 ? from + 1 : from;
      for (let k = 0; k < names.length; k += 1) {
        const i = (start + k) % names.length;
        if (names[i]!.toLocaleLowerCase().startsWith(prefix)) return onMatch(i);
      }
    },
    [names, onMatch],
  );
}
