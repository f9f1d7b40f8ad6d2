import { useEffect, useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { useRename } from '@/features/file-manager/api/file-operations';
import { useReauthorize } from '@/features/file-manager/hooks/use-reauthorize';
import { withTrailingSlash } from '@/lib/paths/collection-path';
import type { DialogRequest } from '@/features/file-manager/model/dialog-request';
import { Modal } from '@/components/ui/modal';
import { OperationError } from '@/features/file-manager/components/dialogs/operation-error';

type Req = Extract<DialogRequest, { kind: 'move' }>;

/**
 * F6: move within one collection, one rename per item. A failure pauses the run on that item with
 * "Try again" or "Skip it", as desktop file managers do; skipped items are listed at the end.
 */
export function MoveDialog({ request, onClose }: { request: Req; onClose: () => void }) {
  const [target, setTarget] = useState(request.target);
  const [next, setNext] = useState(0);
  const [moved, setMoved] = useState(0);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [finished, setFinished] = useState(false);
  const closeId = useId();
  // The button that was pressed (Skip it) is gone once the run finishes: keep the keyboard in the dialog.
  useEffect(() => {
    if (finished) document.getElementById(closeId)?.focus();
  }, [closeId, finished]);
  const rename = useRename(request.collectionId);
  const reauthorize = useReauthorize();
  const from = withTrailingSlash(request.path);
  const total = request.names.length;

  const run = async (start: number, skippedSoFar: string[]) => {
    if (!target) return;
    const to = withTrailingSlash(target);
    for (let i = start; i < total; i += 1) {
      const name = request.names[i]!;
      setNext(i);
      try {
        await rename.mutateAsync({ from: `${from}${name}`, to: `${to}${name}` });
        setMoved((m) => m + 1);
      } catch {
        return; // the error is shown with Try again / Skip it
      }
    }
    setNext(total);
    if (skippedSoFar.length === 0) onClose();
    else setFinished(true);
  };
  const skip = () => {
    const all = [...skipped, request.names[next]!];
    setSkipped(all);
    rename.reset();
    void run(next + 1, all);
  };

  const failedName = request.names[next];
  const started = moved > 0 || skipped.length > 0 || rename.isError;
  return (
    <Modal
      title={`Move ${total === 1 ? `“${request.names[0]}”` : `${total} items`}`}
      onClose={onClose}
      onSubmit={() => (finished ? onClose() : void run(next, skipped))}
      footer={
        finished ? (
          <Button id={closeId} type="submit" variant="primary">
            Close
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{started ? 'Stop' : 'Cancel'}</Button>
            {rename.isError && total > 1 ? (
              <Button onClick={skip} disabled={rename.isPending}>
                Skip it
              </Button>
            ) : null}
            <Button type="submit" variant="primary" disabled={rename.isPending || !target}>
              {rename.isError ? 'Try again' : 'Move'}
            </Button>
          </>
        )
      }
    >
      <label className="flex flex-col gap-1">
        <span className="font-medium">To folder</span>
        <input
          data-autofocus
          value={target}
          readOnly={started}
          onChange={(e) => setTarget(e.target.value)}
          spellCheck={false}
          className="h-9 rounded border border-slate-300 px-2 font-mono text-sm read-only:bg-slate-50"
        />
      </label>
      {started ? (
        <p role="status" className="mt-2 text-slate-600">
          {moved} of {total} moved{skipped.length ? `, ${skipped.length} skipped` : ''}.
        </p>
      ) : null}
      {finished ? (
        <div className="mt-2">
          <p className="font-medium">Not moved:</p>
          <ul aria-label="Items not moved" className="mt-1 max-h-32 list-disc overflow-auto pl-5 font-mono text-xs">
            {skipped.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : rename.isError ? (
        <OperationError
          error={rename.error}
          name={failedName}
          onReauthorize={() =>
            void reauthorize(rename.error, {
              collections: [request.collectionId],
              // After the round trip, only what is left to move.
              dialog: { ...request, target, names: request.names.slice(next) },
            })
          }
        />
      ) : null}
    </Modal>
  );
}
