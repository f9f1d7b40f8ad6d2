import { useEffect, useRef } from 'react';
import { useFileManager, useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';

/**
 * Focus goes back where a dialog was opened from (or to the active pane) once the dialog has left
 * the page: before that the rest of the page is inert and a focus() call is silently ignored.
 */
export function useDialogFocusReturn() {
  const store = useFileManagerStore();
  const dialog = useFileManager((s) => s.dialog);
  const opener = useRef<Element | null>(null);
  const returning = useRef(false);

  // Heard as the store changes, before React renders the dialog and moves focus into it.
  useEffect(() => {
    let open = store.getState().dialog !== null;
    return store.subscribe(() => {
      const now = store.getState().dialog !== null;
      if (now && !open) opener.current = document.activeElement;
      if (!now && open) returning.current = true;
      open = now;
    });
  }, [store]);

  useEffect(() => {
    if (dialog || !returning.current) return;
    returning.current = false;
    const back = opener.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
    if (document.activeElement !== back) store.dispatch({ type: 'focus', side: store.getState().active, target: 'grid' });
  }, [dialog, store]);
}
