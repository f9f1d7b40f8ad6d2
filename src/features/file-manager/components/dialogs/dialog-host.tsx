import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import type { SubmittedTask } from '@/features/file-manager/api/submit-task';
import type { Registry } from '@/features/file-manager/commands/registry';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import { NameDialog } from '@/features/file-manager/components/dialogs/name-dialog';
import { MoveDialog } from '@/features/file-manager/components/dialogs/move-dialog';
import { DeleteDialog } from '@/features/file-manager/components/dialogs/delete-dialog';
import { TransferDialog } from '@/features/file-manager/components/dialogs/transfer-dialog';
import { DetailsDialog } from '@/features/file-manager/components/dialogs/details-dialog';
import { HelpOverlay } from '@/features/file-manager/components/dialogs/help-overlay';
import { DatasetLinkDialog } from '@/components/dataset-link/dataset-link-dialog';
import { SyncPreviewDialog } from '@/features/file-manager/components/dialogs/sync-preview-dialog';

type Props = {
  request: DialogRequest;
  registry: Registry;
  onClose: () => void;
  onSubmitted: (task: SubmittedTask) => void;
  onChange: (request: DialogRequest) => void;
};

/** The lazily loaded dialogs chunk: one entry point for every operation dialog and the help overlay. */
export default function DialogHost({ request, registry, onClose, onSubmitted, onChange }: Props) {
  switch (request.kind) {
    case 'mkdir':
    case 'rename':
      return <NameDialog request={request} onClose={onClose} />;
    case 'move':
      return <MoveDialog request={request} onClose={onClose} />;
    case 'delete':
      return <DeleteDialog request={request} onClose={onClose} onSubmitted={onSubmitted} />;
    case 'transfer':
      return (
        <TransferDialog
          key={JSON.stringify(request.form.items)}
          initial={request.form}
          onClose={onClose}
          onSubmitted={onSubmitted}
        />
      );
    case 'sync-preview':
      return (
        <SyncPreviewDialog
          form={request.form}
          onClose={onClose}
          onTransfer={(form) => onChange({ kind: 'transfer', form })}
        />
      );
    case 'details':
      return (
        <DetailsDialog
          collectionName={request.collectionName}
          path={request.path}
          entry={request.entry}
          onClose={onClose}
        />
      );
    case 'help':
      return <HelpOverlay registry={registry} onClose={onClose} />;
    case 'dataset-link':
      return <DatasetLinkDialog link={request} onClose={onClose} />;
    case 'notice':
      return (
        <Modal
          title={request.title}
          onClose={onClose}
          footer={
            <Button variant="primary" onClick={onClose} data-autofocus>
              Close
            </Button>
          }
        >
          <p>{request.text}</p>
        </Modal>
      );
  }
}
