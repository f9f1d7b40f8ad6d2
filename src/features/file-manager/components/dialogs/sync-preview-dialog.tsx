import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { GlobusError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { useServices } from '@/components/services/services-context';
import { listDirectoryQuery } from '@/features/file-manager/api/list-directory';
import { syncPreview } from '@/features/file-manager/lib/compare';
import { childPath } from '@/lib/paths/collection-path';
import { SYNC_LEVELS, type TransferForm } from '@/features/file-manager/model/transfer-form';
import { DialogError, Modal } from '@/components/ui/modal';

/** What a sync of the selected folder would copy at its top level, for each sync level. */
export function SyncPreviewDialog({
  form,
  onClose,
  onTransfer,
}: {
  form: TransferForm;
  onClose: () => void;
  onTransfer: (f: TransferForm) => void;
}) {
  const { http } = useServices();
  const [level, setLevel] = useState(form.syncLevel);
  const folder = form.items[0]!.name;
  const src = useQuery(listDirectoryQuery(http, form.source.collectionId, childPath(form.source.path, folder)));
  const dst = useQuery({
    ...listDirectoryQuery(http, form.destination.collectionId, childPath(form.destination.path, folder)),
    retry: false,
  });
  // A destination folder that does not exist yet means everything is copied.
  const dstMissing = dst.error instanceof GlobusError && dst.error.status === 404;
  const rows = src.data && (dst.data || dstMissing) ? syncPreview(src.data.DATA, dst.data?.DATA ?? [], level) : null;
  const copies = rows?.filter((r) => r.copy).length ?? 0;
  return (
    <Modal
      wide
      title={`Sync preview: “${folder}”`}
      onClose={onClose}
      footer={
        <>
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
      {src.isError ? (
        <DialogError title={describeError(src.error).title} detail={describeError(src.error).detail} />
      ) : null}
      {dst.isError && !dstMissing ? (
        <DialogError title={describeError(dst.error).title} detail={describeError(dst.error).detail} />
      ) : null}
      {!rows && !src.isError && !(dst.isError && !dstMissing) ? <Spinner label="Comparing folders" /> : null}
      {rows ? (
        <>
          <p role="status" className="mt-2">
            {copies} of {rows.length} top-level items would be copied
            {dstMissing ? ' (the destination folder does not exist yet)' : ''}.
          </p>
          <p className="mt-1 text-slate-600">
            Only the folder’s top level is compared here: each sub-folder is one row, marked as copied when it is
            missing on the other side. Transfer compares the files inside sub-folders when the task runs.
          </p>
          <table className="mt-2 w-full text-sm">
            <thead>
              <tr>
                <th className="text-left">Name</th>
                <th className="text-left">Copied?</th>
                <th className="text-left">Why</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.name} className={r.copy ? '' : 'text-slate-500'}>
                  <td className="pr-2 font-mono text-xs break-all">{r.name}</td>
                  <td className="pr-2">{r.copy ? 'Yes' : 'No'}</td>
                  <td>{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </Modal>
  );
}
