import { useState, type DragEvent } from 'react';

/**
 * Files dragged in from the computer: handed to `accept` when given, and always kept from the
 * browser, which would otherwise open a dropped file in place of the app. `over` lights the target.
 */
export function useComputerFileDrop(accept: ((files: File[]) => void) | undefined) {
  const [over, setOver] = useState(false);
  return {
    over,
    dragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = accept ? 'copy' : 'none';
      if (accept && !over) setOver(true);
    },
    dragLeave: (e: DragEvent) => {
      if (over && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
    },
    drop: (e: DragEvent) => {
      setOver(false);
      if (!e.dataTransfer.files.length) return;
      e.preventDefault();
      accept?.([...e.dataTransfer.files]);
    },
  };
}
