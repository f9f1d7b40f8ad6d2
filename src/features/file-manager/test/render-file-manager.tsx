import type { ReactNode } from 'react';
import { FileManagerProvider } from '@/features/file-manager/components/file-manager-provider';
import type { FileManagerAppState } from '@/features/file-manager/model/app-state';
import type { PaneLocation } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';

const NOWHERE: PaneLocation = { collectionId: '', path: '' };

/**
 * Test-only: a file manager store whose URL never moves. Each move a pane asks for is reported to
 * `onNavigate`, and the panes stay where they were put, as under a router that was told nothing.
 */
export function TestFileManager({
  left,
  right = NOWHERE,
  onNavigate = () => {},
  onMove = () => {},
  onSwap = () => {},
  restore = null,
  children,
}: {
  left: PaneLocation;
  right?: PaneLocation;
  /** The path a pane asked for. */
  onNavigate?: (path: string) => void;
  /** The whole move: which pane, to which collection and path. */
  onMove?: (side: PaneSide, location: PaneLocation) => void;
  onSwap?: () => void;
  restore?: FileManagerAppState | null | undefined;
  children: ReactNode;
}) {
  return (
    <FileManagerProvider
      locations={{ left, right }}
      onNavigate={(side, loc) => {
        onNavigate(loc.path);
        onMove(side, loc);
      }}
      onSwap={onSwap}
      restore={restore}
    >
      {children}
    </FileManagerProvider>
  );
}
