import { useEffect, useRef } from 'react';

/** Moves focus into a prompt when it appears and gives it back to where it was when the prompt goes. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    ref.current?.focus();
    return () => {
      if (opener?.isConnected && opener !== document.body) opener.focus();
    };
  }, []);
  return ref;
}
