import { useMemo, useState } from 'react';
import { describeError } from '@/lib/globus/describe-error';
import { formatCount } from '@/lib/format/numbers';
import { childPath } from '@/lib/paths/collection-path';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { DialogError, Modal } from '@/components/ui/modal';
import { syncPlan, type WalkCap, type WalkResult } from '@/features/file-manager/lib/sync-walk';
import { useSyncWalk } from '@/features/file-manager/hooks/use-sync-walk';
import { SYNC_LEVELS, type TransferForm } from '@/features/file-manager/model/transfer-form';

/** A dialog stays readable: past this many rows the rest is counted, not listed. */
const SHOWN_ROWS = 500;

const CAP_NOTES: Record<WalkCap['kind'], (limit: string) => string> = {
  depth: (n) => `Only ${n} folder levels below this folder are compared: deeper folders are not in this preview.`,
  folders: (n) => `The preview stops at ${n} folders: the folders not listed are not in this preview.`,
  entries: (n) => `The preview stops after ${n} items: the folders not yet listed are not in this preview.`,
};

/** What a sync of the selected folder would copy, its sub-folders included, for each sync level. */
export function SyncPreviewDialog({
  form,
  onClose,
  onTransfer,
}: {
  form: TransferForm;
  onClose: () => void;
  onTransfer: (f: TransferForm) => void;
}) {
  const [level, setLevel] = useState(form.syncLevel);
  const folder = form.items[0]!.name;
  const { state, stop } = useSyncWalk(
    form.source.collectionId,
    childPath(form.source.path, folder),
    form.destination.collectionId,
    childPath(form.destination.path, folder),
  );
  const walking = state.status === 'walking';
  return (
    <Modal
      wide
      title={`Sync preview: “${folder}”`}
      onClose={onClose}
      footer={
        <>
          {walking ? <Button onClick={stop}>Stop comparing</Button> : null}
          <Button onClick={onClose}>Close</Button>
          <Button variant="primary" onClick={() => onTransfer({ ...form, syncLevel: level })}>
            Set up this transfer…
          </Button>
        </>
      }
    >
      <label className="flex items-center gap-2">
        <span className="font-medium">Sync level</span>
        <select
          className="h-8 rounded border border-slate-300 px-2"
          value={level}
          onChange={(e) => setLevel(e.target.value as TransferForm['syncLevel'])}
        >
          {SYNC_LEVELS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {state.status === 'failed' ? (
        <DialogError title={describeError(state.error).title} detail={describeError(state.error).detail} />
      ) : null}
      {walking ? (
        <div className="mt-2 flex flex-col gap-1">
          <p role="status">
            Comparing folders:{' '}
            {state.progress
              ? `${formatCount(state.progress.folders)} of ${formatCount(state.progress.known)} listed`
              : 'starting'}
            {state.progress?.current ? ` (now “${state.progress.current}”)` : ''}…
          </p>
          <ProgressBar
            label="Comparing folders"
            value={state.progress?.folders ?? null}
            max={state.progress?.known ?? 0}
            busy
          />
        </div>
      ) : null}
      {state.status === 'done' ? (
        <SyncPlanView result={state.result} destMissing={state.destMissing} level={level} />
      ) : null}
    </Modal>
  );
}

function SyncPlanView({
  result,
  destMissing,
  level,
}: {
  result: WalkResult;
  destMissing: boolean;
  level: TransferForm['syncLevel'];
}) {
  const plan = useMemo(() => syncPlan(result.pairs, level), [result.pairs, level]);
  const added = plan.copies.filter((c) => c.kind === 'new').length;
  const incomplete = result.stopped || result.cap !== null || result.skipped.length > 0;
  return (
    <>
      <p role="status" className="mt-2">
        {formatCount(plan.copies.length)} {plan.copies.length === 1 ? 'file' : 'files'} would be copied (
        {formatCount(added)} new, {formatCount(plan.copies.length - added)} changed); {formatCount(plan.upToDate)}{' '}
        already up to date, in {formatCount(result.pairs.length)} {result.pairs.length === 1 ? 'folder' : 'folders'}{' '}
        compared
        {destMissing ? ' (the destination folder does not exist yet)' : ''}.
      </p>
      {incomplete ? (
        <div className="mt-2 rounded border border-amber-300 bg-amber-50 p-2 text-amber-900">
          <p>
            {result.stopped
              ? 'Comparing was stopped: the folders not yet listed are not in this preview.'
              : result.cap
                ? CAP_NOTES[result.cap.kind](formatCount(result.cap.limit))
                : 'Some folders could not be listed and are not in this preview.'}{' '}
            The transfer itself compares everything when it runs.
          </p>
          {result.skipped.length > 0 ? (
            <details className="mt-1">
              <summary>
                {formatCount(result.skipped.length)} {result.skipped.length === 1 ? 'folder' : 'folders'} not compared
              </summary>
              <ul className="mt-1 font-mono text-xs">
                {result.skipped.slice(0, SHOWN_ROWS).map((s) => (
                  <li key={s.rel}>
                    {s.rel} <span className="font-sans text-amber-800">({s.why})</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}
      {plan.copies.length > 0 ? (
        <table className="mt-2 w-full text-sm">
          <caption className="sr-only">Files that would be copied</caption>
          <thead>
            <tr>
              <th className="text-left">Path</th>
              <th className="text-left">New or changed</th>
              <th className="text-left">Why</th>
            </tr>
          </thead>
          <tbody>
            {plan.copies.slice(0, SHOWN_ROWS).map((c) => (
              <tr key={c.path}>
                <td className="pr-2 font-mono text-xs break-all">{c.path}</td>
                <td className="pr-2">{c.kind === 'new' ? 'New' : 'Changed'}</td>
                <td>{c.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {plan.copies.length > SHOWN_ROWS ? (
        <p className="mt-1 text-slate-600">…and {formatCount(plan.copies.length - SHOWN_ROWS)} more files.</p>
      ) : null}
    </>
  );
}
