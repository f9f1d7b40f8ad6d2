import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useRename } from '@/features/file-manager/api/file-operations';
import { useReauthorize } from '@/features/file-manager/hooks/use-reauthorize';
import { withTrailingSlash } from '@/features/file-manager/lib/paths';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import { Modal } from '@/features/file-manager/components/dialogs/modal';
import { OperationError } from '@/features/file-manager/components/dialogs/operation-error';

type Req = Extract<DialogRequest, { kind: 'move' }>;

/** F6: move within one collection, one rename per item; stops at the first failure and says which. */
export function MoveDialog({ request, onClose }: { request: Req; onClose: () => void }) {
  const [target, setTarget] = useState(request.target);
  const [done, setDone] = useState(0);
  const rename = useRename(request.collectionId);
  const reauthorize = useReauthorize();
  const from = withTrailingSlash(request.path);

  const submit = async () => {
    if (!target) return;
    const to = withTrailingSlash(target);
    for (let i = done; i < request.names.length; i += 1) {
      const name = request.names[i]!;
      try {
        await rename.mutateAsync({ from: `${from}${name}`, to: `${to}${name}` });
        setDone(i + 1);
      } catch {
        return;
      }
    }
    onClose();
  };
  const failedName = request.names[done];
  return (
    <Modal
      title={`Move ${request.names.length === 1 ? `“${request.names[0]}”` : `${request.names.length} items`}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={rename.isPending || !target}>Move</Button>
        </>
      }
    >
      <label className="flex flex-col gap-1">
        <span className="font-medium">To folder</span>
        <input
          data-autofocus
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          spellCheck={false}
          className="h-9 rounded border border-slate-300 px-2 font-mono text-sm"
        />
      </label>
      {done > 0 ? <p className="mt-2 text-slate-600">{done} of {request.names.length} moved.</p> : null}
      {rename.isError ? (
        <OperationError
          error={rename.error}
          name={failedName}
          onRetry={() => void submit()}
          onReauthorize={() => void reauthorize(rename.error, { collections: [request.collectionId], dialog: { ...request, target } })}
        />
      ) : null}
    </Modal>
  );
}
