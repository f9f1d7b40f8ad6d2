import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { SubmittedTask } from '@/features/file-manager/api/submit-task';
import { useSubmission } from '@/features/file-manager/hooks/use-submission';
import { useReauthorize } from '@/features/file-manager/hooks/use-reauthorize';
import { buildDeleteSubmission } from '@/features/file-manager/lib/transfer-body';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import { Modal } from '@/components/ui/modal';
import { OperationError } from '@/features/file-manager/components/dialogs/operation-error';
import { useLocalDelete } from '@/features/file-manager/api/file-operations';
import { isLocalCollection } from '@/lib/local-files/local-id';

type Req = Extract<DialogRequest, { kind: 'delete' }>;

/**
 * F8/Delete: names every item, then submits one delete task (recursive when folders are included).
 * On this computer the browser deletes at once instead: no task, no label.
 */
export function DeleteDialog({
  request,
  onClose,
  onSubmitted,
}: {
  request: Req;
  onClose: () => void;
  onSubmitted: (t: SubmittedTask) => void;
}) {
  const reauthorize = useReauthorize();
  const names = request.entries.map((e) => e.name);
  const anyFolder = request.entries.some((e) => e.type === 'dir');
  const [label, setLabel] = useState(`Delete from ${request.collectionName}`);
  const task = useSubmission(onSubmitted);
  const local = isLocalCollection(request.collectionId);
  const localDelete = useLocalDelete(request.collectionId);
  const busy = local ? localDelete.isPending : task.busy;
  const error = local ? localDelete.error : task.error;

  const submit = async () => {
    if (local) {
      localDelete.mutate({ path: request.path, names }, { onSuccess: onClose });
      return;
    }
    const ok = await task.submit(
      { kind: 'delete', label, refresh: [{ collectionId: request.collectionId, path: request.path }] },
      (id) =>
        buildDeleteSubmission({ collectionId: request.collectionId, path: request.path, names, anyFolder, label }, id),
    );
    if (ok) onClose();
  };

  return (
    <Modal
      title={`Delete ${names.length === 1 ? `“${names[0]}”` : `${names.length} items`}?`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose} data-autofocus>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy} className="!bg-red-700 !border-red-700">
            Delete
          </Button>
        </>
      }
    >
      <p>
        These will be deleted from <strong>{request.collectionName}</strong>
        {anyFolder ? ', folders with everything in them' : ''}. This cannot be undone.
      </p>
      <ul
        aria-label="Items to delete"
        className="mt-2 max-h-40 overflow-auto rounded border border-slate-200 p-2 font-mono text-xs"
      >
        {names.map((n) => (
          <li key={n} className="break-all">
            {n}
          </li>
        ))}
      </ul>
      {local ? null : (
        <label className="mt-3 flex flex-col gap-1">
          <span className="font-medium">Task label</span>
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            className="h-9 rounded border border-slate-300 px-2"
          />
        </label>
      )}
      {error ? (
        <OperationError
          error={error}
          onRetry={() => void submit()}
          onReauthorize={() => void reauthorize(error, { collections: [request.collectionId], dialog: request })}
        />
      ) : null}
    </Modal>
  );
}
