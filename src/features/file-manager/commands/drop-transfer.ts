import type { FileManagerIntent } from '@/features/file-manager/model/file-manager-intents';
import type { FileManagerState } from '@/features/file-manager/model/file-manager-state';
import type { DragPayload } from '@/features/file-manager/model/drag-payload';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { newTransferForm } from '@/features/file-manager/model/transfer-form';
import { transferSide } from '@/features/file-manager/model/transfer-side';
import { paneFacts } from '@/features/file-manager/commands/command-context';
import { copyBetween, isLocalPane, LOCAL_TO_LOCAL } from '@/features/file-manager/commands/local-pane';
import { isLocalCollection } from '@/lib/local-files/local-id';

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
  const source = paneFacts(state, payload.side);
  if (isLocalPane(source) || isLocalCollection(to.collectionId)) {
    // This computer on either side: never a Transfer task (the copy feature answers the request).
    if (isLocalPane(source) && isLocalCollection(to.collectionId)) {
      return { type: 'openDialog', dialog: { kind: 'notice', title: 'Copy on this computer', text: LOCAL_TO_LOCAL } };
    }
    const sizes = new Map(from.entries.map((e) => [e.name, e.size]));
    const items = payload.items.map((i) => ({
      name: i.name,
      type: i.isDir ? ('dir' as const) : ('file' as const),
      size: sizes.get(i.name) ?? 0,
    }));
    const request = copyBetween(source, to, payload.path, items, targetPath);
    return request ? { type: 'localCopy', request } : null;
  }
  return {
    type: 'openDialog',
    dialog: {
      kind: 'transfer',
      form: newTransferForm(transferSide(from, payload.path), transferSide(to, targetPath), payload.items),
    },
  };
}
