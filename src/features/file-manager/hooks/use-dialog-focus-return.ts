import { useEffect, useRef } from 'react';
import { useFileManager, useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';

/**
 * The dialog gives focus back to where it was opened from as it leaves (see Modal). When that is
 * gone too (a menu item, a dialog restored after a login), the active pane takes it: this effect
 * runs after the dialog's cleanup, once the page is no longer inert.
 */
export function useDialogFocusReturn() {
  const store = useFileManagerStore();
  const dialog = useFileManager((s) => s.dialog);
  const wasOpen = useRef(false);
  useEffect(() => {
    const closed = wasOpen.current && !dialog;
    wasOpen.current = dialog !== null;
    const focused = document.activeElement;
    if (closed && (!focused || focused === document.body)) {
      store.dispatch({ type: 'focus', side: store.getState().active, target: 'grid' });
    }
  }, [dialog, store]);
}
