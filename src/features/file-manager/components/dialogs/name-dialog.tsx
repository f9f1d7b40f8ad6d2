import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useMkdir, useRename } from '@/features/file-manager/api/file-operations';
import { useReauthorize } from '@/features/file-manager/hooks/use-reauthorize';
import { useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import { withTrailingSlash } from '@/lib/paths/collection-path';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import { Modal } from '@/components/ui/modal';
import { nameProblem, OperationError } from '@/features/file-manager/components/dialogs/operation-error';

type Req = Extract<DialogRequest, { kind: 'mkdir' | 'rename' }>;

/** New folder (F7) and rename (F2): one name field, errors beside it, the typed name kept on failure. */
export function NameDialog({ request, onClose }: { request: Req; onClose: () => void }) {
  const isRename = request.kind === 'rename';
  const original = isRename ? request.entry.name : '';
  const [name, setName] = useState(request.draft ?? original);
  const [touched, setTouched] = useState(false);
  const mkdir = useMkdir(request.collectionId);
  const rename = useRename(request.collectionId);
  const mutation = isRename ? rename : mkdir;
  const reauthorize = useReauthorize();
  const store = useFileManagerStore();
  const dir = withTrailingSlash(request.path);
  const problem = nameProblem(name);

  const submit = () => {
    setTouched(true);
    if (problem || (isRename && name === original)) return;
    // The cursor goes to the new folder or the new name, so the next key acts on it.
    const { side, collectionId, path } = request;
    const done = {
      onSuccess: () => {
        store.dispatch({ type: 'follow', side, collectionId, path, name });
        onClose();
      },
    };
    if (isRename) rename.mutate({ from: `${dir}${original}`, to: `${dir}${name}` }, done);
    else mkdir.mutate(`${dir}${name}/`, done);
  };

  const label = isRename ? 'New name' : 'Folder name';
  return (
    <Modal
      title={isRename ? `Rename “${original}”` : 'New folder'}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={mutation.isPending}>
            {isRename ? 'Rename' : 'Create folder'}
          </Button>
        </>
      }
    >
      <p className="mb-2 text-slate-600">
        In <span className="font-mono text-xs break-all">{dir}</span>
      </p>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{label}</span>
        <input
          data-autofocus
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            mutation.reset();
          }}
          aria-invalid={touched && problem ? true : undefined}
          aria-describedby="name-problem"
          spellCheck={false}
          className="h-9 rounded border border-slate-300 px-2 font-mono text-sm"
        />
      </label>
      <p id="name-problem" className="mt-1 min-h-5 text-sm text-red-800">
        {touched && problem ? problem : ''}
      </p>
      {mutation.isError ? (
        <OperationError
          error={mutation.error}
          name={name}
          onRetry={submit}
          onReauthorize={() =>
            void reauthorize(mutation.error, {
              collections: [request.collectionId],
              dialog: { ...request, draft: name },
            })
          }
        />
      ) : null}
    </Modal>
  );
}
