import { useRef, useState } from 'react';
import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';
import { collectionFileUrl, CollectionHttpsError } from '@/lib/globus/https';
import { Button } from '@/components/ui/button';
import { useHttpsAccess } from '@/features/data-access/hooks/use-https-access';
import { useTransferJob } from '@/features/data-access/hooks/use-transfer-job';
import { browser } from '@/features/data-access/lib/browser';
import { describeHttpsError } from '@/features/data-access/lib/describe-https-error';
import { downloadFile, navigationUrl } from '@/features/data-access/lib/download-file';
import { joinPath } from '@/features/data-access/lib/file-path';
import { uploadWithProgress } from '@/features/data-access/lib/xhr-upload';
import { ConsentPrompt, type ConsentNeed } from '@/features/data-access/components/consent-prompt';
import { CopyLinkButton } from '@/features/data-access/components/copy-link-button';
import { TransferProgress } from '@/features/data-access/components/transfer-progress';

export type HttpsActionsProps = {
  collection: Pick<Endpoint, 'id' | 'display_name' | 'https_server'>;
  /** The folder shown, as Transfer reports it (absolute). */
  path: string;
  selected: readonly Pick<FileEntry, 'name' | 'type' | 'size'>[];
  /** Called after files were uploaded, to refresh the listing. */
  onUploaded: () => void;
};

/** Download, upload and direct links through the collection's HTTPS server; nothing where it has none. */
export function HttpsActions(props: HttpsActionsProps) {
  const server = props.collection.https_server;
  return server ? <HttpsActionsBar {...props} httpsServer={server} /> : null;
}

function HttpsActionsBar({ collection, path, selected, onUploaded, httpsServer }: HttpsActionsProps & { httpsServer: string }) {
  const access = useHttpsAccess(collection.id);
  const job = useTransferJob();
  const [consent, setConsent] = useState<ConsentNeed | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const name = collection.display_name || collection.id;
  const file = selected.length === 1 && selected[0]!.type === 'file' ? selected[0]! : null;

  const needConsent = (err: unknown, need: ConsentNeed) => {
    if (!(err instanceof CollectionHttpsError && err.needsConsent)) return false;
    setConsent({ ...need, refused: err.status === 403 });
    return true;
  };

  const download = async () => {
    if (!file) return;
    const filePath = joinPath(path, file.name);
    const fallbackUrl = navigationUrl(httpsServer, filePath);
    setConsent(null);
    if (!(await access.getToken())) return setConsent({ action: 'download', fallbackUrl });
    await job.run(async (signal, report) => {
      try {
        const outcome = await downloadFile({
          https: access.https, collectionId: collection.id, httpsServer, path: filePath, name: file.name, size: file.size, signal,
          onProgress: (done, total) => report({ label: `Downloading ${file.name}`, done, total }),
        });
        if (outcome === 'cancelled') return null;
        return { tone: 'ok', text: outcome === 'saved' ? `Downloaded “${file.name}”.` : `Your browser is downloading “${file.name}”.` };
      } catch (err) {
        if (signal.aborted || needConsent(err, { action: 'download', fallbackUrl })) throw err;
        return { tone: 'error', text: describeHttpsError(err, { action: 'download', name: file.name, folder: path }) };
      }
    }).catch(() => {});
  };

  const upload = async (files: File[]) => {
    if (files.length === 0) return;
    setConsent(null);
    const token = await access.getToken();
    if (!token) return setConsent({ action: 'upload' });
    let uploaded = 0;
    await job.run(async (signal, report) => {
      try {
        for (const [i, f] of files.entries()) {
          const label = files.length === 1 ? `Uploading ${f.name}` : `Uploading ${f.name} (${i + 1} of ${files.length})`;
          const url = collectionFileUrl(httpsServer, joinPath(path, f.name));
          await uploadWithProgress({ collectionId: collection.id, url, token, file: f, signal, onProgress: (done, total) => report({ label, done, total }) });
          uploaded += 1;
        }
        return { tone: 'ok', text: files.length === 1 ? `Uploaded “${files[0]!.name}”.` : `Uploaded ${files.length} files.` };
      } catch (err) {
        if (signal.aborted || needConsent(err, { action: 'upload' })) throw err;
        const failed = files[uploaded]?.name ?? '';
        return { tone: 'error', text: describeHttpsError(err, { action: 'upload', name: failed, folder: path }) };
      } finally {
        if (uploaded > 0) onUploaded();
      }
    }).catch(() => {});
  };

  const msg = job.message;
  return (
    <div className="relative flex flex-wrap items-center gap-1" role="group" aria-label="File access over HTTPS">
      <Button size="sm" variant="ghost" disabled={!file || job.busy} onClick={() => void download()} title={file ? undefined : 'Select one file to download'}>
        Download
      </Button>
      <Button size="sm" variant="ghost" disabled={job.busy || !path} onClick={() => fileInput.current?.click()}>
        Upload files
      </Button>
      <input
        ref={fileInput}
        type="file"
        multiple
        tabIndex={-1}
        aria-label="Files to upload"
        className="sr-only"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = ''; // choosing the same file again still fires change
          void upload(files);
        }}
      />
      <CopyLinkButton url={collectionFileUrl(httpsServer, selected.length === 1 ? joinPath(path, selected[0]!.name) + (selected[0]!.type === 'dir' ? '/' : '') : path)} />
      {job.progress ? <TransferProgress progress={job.progress} onCancel={job.cancel} /> : null}
      <span role={msg?.tone === 'error' ? 'alert' : 'status'} className={`text-xs ${msg?.tone === 'error' ? 'text-red-800' : 'text-green-800'}`}>
        {msg?.text ?? ''}
      </span>
      {consent ? (
        <div className="absolute top-full right-0 z-30 mt-1">
          <ConsentPrompt
            need={consent}
            collectionName={name}
            onContinue={() => void access.requestConsent()}
            onFallback={() => {
              if (consent.fallbackUrl) browser.navigate(consent.fallbackUrl);
              setConsent(null);
            }}
            onDismiss={() => setConsent(null)}
          />
        </div>
      ) : null}
    </div>
  );
}
