import type { PaneListing } from '@/features/file-manager/model/file-manager-state';
import type { TransferSide } from '@/features/file-manager/model/transfer-form';

export function transferSide(pane: PaneListing, path = pane.path): TransferSide {
  return {
    collectionId: pane.collectionId,
    collectionName: pane.collectionName,
    path,
    forceEncryption: Boolean(pane.collection?.force_encryption),
    localUsers: Boolean(pane.collection?.local_user_info_available),
  };
}
