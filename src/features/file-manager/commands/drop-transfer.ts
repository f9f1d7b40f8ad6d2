import type { FileManagerIntent } from '@/features/file-manager/model/file-manager-intents';
import type { FileManagerState } from '@/features/file-manager/model/file-manager-state';
import type { DragPayload } from '@/features/file-manager/model/drag-payload';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { newTransferForm } from '@/features/file-manager/model/transfer-form';
import { transferSide } from '@/features/file-manager/model/transfer-side';

/** Rows dragged from one pane and dropped on the other (its folder, or a folder row in it) open the transfer dialog. */
export function transferOnDrop(
  state: FileManagerState,
  payload: DragPayload,
  side: PaneSide,
  targetPath: string,
): FileManagerIntent | null {
  const from = state.listings[payload.side];
  const to = state.listings[side];
  if (!from || !to || payload.side === side) return null;
  return {
    type: 'openDialog',
    dialog: {
      kind: 'transfer',
      form: newTransferForm(transferSide(from, payload.path), transferSide(to, targetPath), payload.items),
    },
  };
}
