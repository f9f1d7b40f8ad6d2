import { useId, useState } from 'react';
import type { LocalCopyRequest } from '@/lib/events/local-copy-requested';
import { describeError } from '@/lib/globus/describe-error';
import { formatCount, formatRate, formatSize } from '@/lib/format/numbers';
import { formatDuration } from '@/lib/format/duration';
import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';
import { useCopyPlan } from '@/features/local-copy/hooks/use-copy-plan';
import { filesToCopy, type CopyPlan } from '@/features/local-copy/model/plan';
import type { CopyJob } from '@/features/local-copy/model/copy-job';
import type { CopyQueue } from '@/features/local-copy/model/copy-queue';
import { ASSUMED_RATE, LARGE_TREE_FILES, LARGE_TREE_SECONDS } from '@/features/local-copy/model/job-summary';

export const dialogTitle = (direction: 'up' | 'down') =>
  direction === 'up' ? 'Upload to collection' : 'Download to this computer';

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** Asked on every copy between this computer and a collection: what it will do, how, and what HTTPS cannot. */
export function LocalCopyDialog({
  request,
  queue,
  onClose,
}: {
  request: LocalCopyRequest;
  queue: CopyQueue;
  onClose: () => void;
}) {
  const { collection, httpsServer, state, allowFolder } = useCopyPlan(request);
  const [skipExisting, setSkipExisting] = useState(true);
  const [stopOnError, setStopOnError] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const collectionName = collection.data?.display_name ?? request.collectionId;
  const ready = state.phase === 'ready' ? state : null;
  const chosen = ready ? filesToCopy(ready.plan, ready.existing, skipExisting) : null;
  const nothingToDo = ready !== null && chosen !== null && chosen.files.length === 0 && ready.plan.folders.length === 0;

  const cannotStart =
    collection.isError || (collection.isSuccess && !httpsServer) || state.phase === 'failed' || nothingToDo;

  const start = () => {
    if (!ready || !chosen || !httpsServer || nothingToDo) return;
    const job: CopyJob = {
      id: crypto.randomUUID(),
      direction: request.direction,
      localRootId: request.localRootId,
      localRootName: ready.root.name,
      localHandle: ready.root.handle,
      localPath: request.localPath,
      collectionId: request.collectionId,
      collectionName,
      httpsServer,
      collectionPath: ready.collectionPath,
      skipExisting,
      stopOnError,
      skipped: chosen.skipped,
      state: 'running',
      createdAt: Date.now(),
      items: [...ready.plan.folders, ...chosen.files].map((e) => ({ ...e, status: 'queued', done: 0 })),
    };
    const added = queue.add(job);
    if (added.ok) onClose();
    else setRefusal(added.message);
  };

  const from = request.direction === 'up' ? 'this computer' : `“${collectionName}”`;
  const to = request.direction === 'up' ? `“${collectionName}”` : 'this computer';
  return (
    <Modal
      title={dialogTitle(request.direction)}
      wide
      onClose={onClose}
      onSubmit={start}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          {/* Focused from the start, as the transfer dialog focuses its field: Enter starts the copy once it is
              planned. While planning it is only aria-disabled (a disabled button cannot hold the focus, which
              would fall to Cancel); it is disabled outright when the copy cannot start at all. */}
          <Button
            type="submit"
            variant="primary"
            disabled={cannotStart}
            aria-disabled={!cannotStart && !ready ? true : undefined}
            className="aria-disabled:cursor-wait aria-disabled:opacity-50"
            data-autofocus
          >
            Start copying
          </Button>
        </>
      }
    >
      <p>
        Copy {plural(request.items.length, 'item', 'items')} from {from} to {to}, {request.collectionPath} on the
        collection, through its HTTPS server.
      </p>
      {collection.isError ? (
        <DialogError title={describeError(collection.error).title} detail={describeError(collection.error).detail} />
      ) : collection.isSuccess && !httpsServer ? (
        <DialogError
          title={`“${collectionName}” has no HTTPS server`}
          detail="Files can only be copied between this computer and it by a Transfer task: install Globus Connect Personal on this computer and transfer between the two collections."
        />
      ) : state.phase === 'loading' || collection.isPending ? (
        <p role="status" className="mt-3 text-slate-600">
          Getting ready…
        </p>
      ) : state.phase === 'listing' ? (
        <p role="status" className="mt-3 text-slate-600">
          Listing the folders… {plural(state.found, 'entry', 'entries')} so far.
        </p>
      ) : state.phase === 'permission' ? (
        <div className="mt-3">
          <p>This browser needs your permission to use the folder “{state.root.name}” again.</p>
          <Button className="mt-2" onClick={() => void allowFolder(state.root)}>
            Allow access to “{state.root.name}”
          </Button>
        </div>
      ) : state.phase === 'failed' ? (
        <DialogError title={state.title} detail={state.detail} />
      ) : (
        <PlanDetails plan={state.plan} skipped={chosen?.skipped ?? 0} nothingToDo={nothingToDo} />
      )}
      {ready ? (
        <Options
          skipExisting={skipExisting}
          onSkipExisting={setSkipExisting}
          stopOnError={stopOnError}
          onStopOnError={setStopOnError}
        />
      ) : null}
      <Limits plan={ready?.plan ?? null} rate={queue.rate()} />
      {refusal ? <DialogError title="Already being copied" detail={refusal} /> : null}
    </Modal>
  );
}

function PlanDetails({ plan, skipped, nothingToDo }: { plan: CopyPlan; skipped: number; nothingToDo: boolean }) {
  return (
    <div className="mt-3 space-y-1" role="status">
      <p>
        {plural(plan.folders.length, 'folder', 'folders')} and {plural(plan.files.length, 'file', 'files')},{' '}
        {formatSize(plan.totalBytes)} in total.
      </p>
      {plan.existingSameSize ? (
        <p>
          {plural(plan.existingSameSize, 'file already exists', 'files already exist')} there with the same size
          {skipped ? `: ${formatCount(skipped)} will be skipped.` : ' and will be overwritten.'}
        </p>
      ) : null}
      {plan.existingOtherSize ? (
        <p>
          {plural(plan.existingOtherSize, 'file exists', 'files exist')} there with another size and will be
          overwritten.
        </p>
      ) : null}
      {nothingToDo ? <p className="font-medium">Nothing to copy: every file is already there.</p> : null}
    </div>
  );
}

function Options(props: {
  skipExisting: boolean;
  onSkipExisting: (v: boolean) => void;
  stopOnError: boolean;
  onStopOnError: (v: boolean) => void;
}) {
  const name = useId();
  const radio = (group: string, checked: boolean, onChange: () => void, label: string) => (
    <label className="flex items-center gap-2">
      <input type="radio" name={`${name}-${group}`} checked={checked} onChange={onChange} />
      {label}
    </label>
  );
  return (
    <div className="mt-3 grid gap-3 sm:grid-cols-2">
      <fieldset>
        <legend className="font-medium">Files that already exist</legend>
        {radio('existing', props.skipExisting, () => props.onSkipExisting(true), 'Skip files with the same size')}
        {radio('existing', !props.skipExisting, () => props.onSkipExisting(false), 'Overwrite them')}
      </fieldset>
      <fieldset>
        <legend className="font-medium">When a file fails</legend>
        {radio('errors', !props.stopOnError, () => props.onStopOnError(false), 'Continue and list what failed')}
        {radio('errors', props.stopOnError, () => props.onStopOnError(true), 'Stop at the first error')}
      </fieldset>
    </div>
  );
}

function Limits({ plan, rate }: { plan: CopyPlan | null; rate: number | null }) {
  const seconds = plan ? plan.totalBytes / (rate ?? ASSUMED_RATE) : null;
  const large = plan !== null && (plan.files.length > LARGE_TREE_FILES || (seconds ?? 0) > LARGE_TREE_SECONDS);
  return (
    <section
      aria-label="What an HTTPS copy can and cannot do"
      className="mt-3 rounded-md bg-slate-50 p-2 text-slate-700"
    >
      <ul className="list-disc space-y-1 pl-5">
        <li>
          This is not a Transfer task: Globus computes no checksums, and nothing continues on Globus’s side while this
          page is closed. Each file’s size is checked after it is copied.
        </li>
        <li>
          After a reload the copy goes on (the browser may ask for the folder again). A download continues from the part
          of its current file last saved to disk, so up to half of that file may be fetched again; an interrupted upload
          starts that file again.
        </li>
        {plan && seconds !== null ? (
          <li>
            {rate
              ? `At the rate measured so far (${formatRate(rate)}) this takes about ${formatDuration(seconds)}.`
              : `Assuming ${formatRate(ASSUMED_RATE)} (no copy measured yet), this takes about ${formatDuration(seconds)}.`}
          </li>
        ) : null}
        {large ? (
          <li className="font-medium">
            For a tree this large, a Transfer task is the better way: install Globus Connect Personal on this computer
            and transfer between the two collections; Globus then retries, verifies checksums and keeps going without
            this page.
          </li>
        ) : null}
      </ul>
    </section>
  );
}
