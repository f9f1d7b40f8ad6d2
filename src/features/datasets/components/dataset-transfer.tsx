import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import {
  chosenFolder,
  forgetHelperChoice,
  peekHelperChoice,
  startHelperChoice,
} from '@/components/services/helper-round-trip';
import { Button } from '@/components/ui/button';
import { LabelField } from '@/components/ui/label-field';
import { describeError } from '@/lib/globus/describe-error';
import { endpointQuery } from '@/lib/queries/endpoint';
import { routeTo } from '@/lib/routes/paths';
import { taskSubmitted } from '@/lib/events/task-submitted';
import type { DatasetLink } from '@/lib/datasets/dataset-link';
import { submitDatasetTransfer } from '@/features/datasets/api/transfer-dataset';

const SLOT = 'dataset-destination';
type Destination = { collectionId: string; path: string };

/** "Transfer to…": a destination picked in this app or on Globus's helper page, then one Transfer task. */
export function DatasetTransferPanel({
  link,
  sourceName,
  sourcePath,
  items,
}: {
  link: DatasetLink;
  items: { name: string; isDir: boolean }[];
  sourceName: string;
  sourcePath: string;
}) {
  const { http, config } = useServices();
  const returnTo = useReturnTo();
  const [dest] = useState<Destination | null>(() => {
    const sel = peekHelperChoice(SLOT);
    return sel ? { collectionId: sel.endpointId, path: chosenFolder(sel) } : null;
  });
  useEffect(() => forgetHelperChoice(), []);
  const destDoc = useQuery({ ...endpointQuery(http, dest?.collectionId ?? ''), enabled: !!dest });
  const [label, setLabel] = useState(`${link.title ?? sourceName}`.slice(0, 120));
  const [state, setState] = useState<{ busy: boolean; taskId?: string; error?: unknown }>({ busy: false });

  const choose = (helper: 'app' | 'globus') =>
    startHelperChoice({
      slot: SLOT,
      returnTo,
      helper: helper === 'app' ? { kind: 'app' } : { kind: 'globus', webAppBaseUrl: config.webAppBaseUrl },
      folderLimit: 1,
      fileLimit: 0,
      label,
    });

  const start = async () => {
    if (!dest) return;
    setState({ busy: true });
    try {
      const clean = label.replace(/[^\p{L}\p{N} _,.()-]/gu, ' ').trim() || 'Dataset transfer';
      const taskId = await submitDatasetTransfer(http, {
        sourceId: link.collectionId,
        sourcePath,
        items,
        destinationId: dest.collectionId,
        destinationPath: dest.path,
        label: clean,
      });
      taskSubmitted.emit({ taskId, label: clean, kind: 'transfer' });
      setState({ busy: false, taskId });
    } catch (error) {
      setState({ busy: false, error });
    }
  };

  return (
    <section aria-label="Transfer to" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold">Transfer to…</h2>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => choose('app')}>Choose destination…</Button>
        <Button onClick={() => choose('globus')}>Choose with Globus…</Button>
      </div>
      {dest ? (
        <>
          <p className="text-sm">
            Destination: <strong>{destDoc.data?.display_name ?? dest.collectionId}</strong>{' '}
            <code className="font-mono text-xs break-all">{dest.path}</code>
          </p>
          <div className="flex flex-wrap items-end gap-2">
            <LabelField value={label} onChange={setLabel} />
            <Button variant="primary" disabled={state.busy || !!state.taskId} onClick={() => void start()}>
              {state.busy ? 'Starting…' : 'Start transfer'}
            </Button>
          </div>
        </>
      ) : (
        <p className="text-sm text-slate-600">Pick a folder on one of your collections to copy the dataset into.</p>
      )}
      <div aria-live="polite" className="text-sm">
        {state.taskId ? (
          <p role="status" className="text-green-800">
            Transfer started.{' '}
            <Link className="underline" to={routeTo.task(state.taskId)}>
              Follow it in Activity
            </Link>
          </p>
        ) : null}
        {state.error ? (
          <p role="alert" className="text-red-800">
            {describeError(state.error).title}: {describeError(state.error).detail}
          </p>
        ) : null}
      </div>
    </section>
  );
}
