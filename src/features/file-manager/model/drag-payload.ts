import type { PaneSide } from '@/features/file-manager/model/pane-side';

/** What a row drag carries between the panes. */
export type DragPayload = {
  side: PaneSide;
  collectionId: string;
  path: string;
  items: { name: string; isDir: boolean }[];
};
export const DRAG_TYPE = 'application/x-globus-files';
