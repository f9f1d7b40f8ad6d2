import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { stateForLogin } from '@/components/services/login-round-trip';
import {
  chosenFolder,
  forgetHelperChoice,
  peekHelperChoice,
  startHelperChoice,
} from '@/components/services/helper-round-trip';
import { endpointQuery } from '@/lib/queries/endpoint';
import { Button } from '@/components/ui/button';
import type { SubmittedTask } from '@/features/file-manager/api/submit-task';
import { useSubmission } from '@/features/file-manager/hooks/use-submission';
import { useReauthorize } from '@/features/file-manager/hooks/use-reauthorize';
import { buildTransferSubmission } from '@/features/file-manager/lib/transfer-body';
import type { TransferForm } from '@/features/file-manager/model/transfer-form';
import { Modal } from '@/components/ui/modal';
import { OperationError } from '@/features/file-manager/components/dialogs/operation-error';
import { TransferOptions } from '@/features/file-manager/components/dialogs/transfer-options';

const defaultLabel = (f: TransferForm) =>
  f.items.length === 1
    ? `${f.items[0]!.name} to ${f.destination.collectionName}`
    : `${f.items.length} items to ${f.destination.collectionName}`;

const CHOOSE_SLOT = 'transfer-destination';

/** Back from a helper page: the form as it was left, with the destination that was chosen there. */
function withChosenDestination(form: TransferForm): TransferForm {
  const sel = peekHelperChoice(CHOOSE_SLOT);
  if (!sel) return form;
  return {
    ...form,
    destination: { collectionId: sel.endpointId, collectionName: sel.endpointId, path: chosenFolder(sel) },
  };
}

/** F5 / drag and drop: everything POST /transfer offers; submitted once and only once. */
export function TransferDialog({
  initial,
  onClose,
  onSubmitted,
}: {
  initial: TransferForm;
  onClose: () => void;
  onSubmitted: (t: SubmittedTask) => void;
}) {
  const reauthorize = useReauthorize();
  const { config, http } = useServices();
  const returnTo = useReturnTo();
  const [form, setForm] = useState(() => withChosenDestination(initial));
  useEffect(() => forgetHelperChoice(), []);
  // A destination chosen on a helper page arrives as an id: its name comes from its document.
  const nameUnknown = form.destination.collectionName === form.destination.collectionId;
  const destinationName =
    useQuery({ ...endpointQuery(http, form.destination.collectionId), enabled: nameUnknown }).data?.display_name ??
    form.destination.collectionName;
  const chooseWithGlobus = () =>
    startHelperChoice({
      slot: CHOOSE_SLOT,
      returnTo,
      appState: stateForLogin({ dialog: { kind: 'transfer', form } }),
      helper: { kind: 'globus', webAppBaseUrl: config.webAppBaseUrl },
      folderLimit: 1,
      fileLimit: 0,
    });
  const { submit: send, busy, error, resending } = useSubmission(onSubmitted);
  const set = (change: Partial<TransferForm>) => setForm((f) => ({ ...f, ...change }));

  const submit = async () => {
    const label =
      form.label.trim() ||
      defaultLabel({ ...form, destination: { ...form.destination, collectionName: destinationName } });
    const ok = await send(
      {
        kind: 'transfer',
        label,
        refresh: [{ collectionId: form.destination.collectionId, path: form.destination.path }],
      },
      (id) => buildTransferSubmission({ ...form, label }, id),
    );
    if (ok) onClose();
  };

  return (
    <Modal
      wide
      title={`Transfer ${form.items.length === 1 ? `“${form.items[0]!.name}”` : `${form.items.length} items`}`}
      onClose={onClose}
      onSubmit={() => void submit()}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={busy || !form.destination.path}>
            {busy ? 'Submitting…' : resending ? 'Send again' : 'Start transfer'}
          </Button>
        </>
      }
    >
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-medium">From</dt>
        <dd className="min-w-0 break-all">
          {form.source.collectionName} <span className="font-mono text-xs">{form.source.path}</span>
        </dd>
        <dt className="font-medium">Items</dt>
        <dd className="max-h-20 min-w-0 overflow-auto font-mono text-xs break-all">
          {form.items.map((i) => `${i.name}${i.isDir ? '/' : ''}`).join(', ')}
        </dd>
        <dt className="font-medium">To</dt>
        <dd className="flex min-w-0 flex-wrap items-center gap-2 break-all">
          {destinationName}
          <Button size="sm" disabled={busy || resending} onClick={chooseWithGlobus}>
            Choose with Globus…
          </Button>
        </dd>
      </dl>
      <label className="mt-2 flex flex-col gap-1">
        <span className="font-medium">Destination folder</span>
        <input
          data-autofocus
          value={form.destination.path}
          disabled={resending}
          onChange={(e) => set({ destination: { ...form.destination, path: e.target.value } })}
          spellCheck={false}
          className="h-8 rounded border border-slate-300 px-2 font-mono text-sm"
        />
      </label>
      <fieldset disabled={resending} className="contents">
        <TransferOptions form={form} set={set} />
      </fieldset>
      {resending ? (
        <p className="mt-2 text-sm text-slate-700">
          Globus may already have this transfer. Sending again re-uses the same submission id, so it can never start
          twice.
        </p>
      ) : null}
      {error ? (
        <OperationError
          error={error}
          onRetry={() => void submit()}
          onReauthorize={() =>
            void reauthorize(error, {
              collections: [form.source.collectionId, form.destination.collectionId],
              dialog: { kind: 'transfer', form },
            })
          }
        />
      ) : null}
    </Modal>
  );
}
