import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';
import { collectionFileUrl } from '@/lib/globus/https';
import { Button } from '@/components/ui/button';
import { useHttpsTransfers } from '@/features/data-access/hooks/use-https-transfers';
import { browser } from '@/lib/downloads/browser';
import { joinPath } from '@/lib/paths/collection-path';
import { ConsentPrompt } from '@/features/data-access/components/consent-prompt';
import { ReplacePrompt } from '@/features/data-access/components/replace-prompt';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { TransferProgress } from '@/features/data-access/components/transfer-progress';
import type { HttpsResume } from '@/features/data-access/model/https-resume';
import { takePendingUpload } from '@/features/data-access/lib/pending-upload-store';

export type HttpsActionsProps = {
  collection: Pick<Endpoint, 'id' | 'display_name' | 'https_server'>;
  /** The folder shown, as Transfer reports it (absolute). */
  path: string;
  selected: readonly Pick<FileEntry, 'name' | 'type' | 'size'>[];
  /** Called after files were uploaded, to refresh the listing. */
  onUploaded: () => void;
  /** Entries of the folder, so uploading over an existing name asks first. */
  existing?: readonly Pick<FileEntry, 'name'>[];
  /** The page's state to carry through the consent login, given the download or upload to resume afterwards. */
  carryState?: (resume: HttpsResume | null) => unknown;
  /** Hands over, once, a download or upload interrupted by the consent round trip in this collection and folder. */
  takeResume?: (collectionId: string, folder: string) => HttpsResume | null;
  /** Lets the page hand over files dropped from the computer: the same path as choosing them with the button. */
  uploadRef?: Ref<HttpsUploadHandle>;
};

export type HttpsUploadHandle = { upload: (files: File[]) => void };

/** Download, upload and direct links through the collection's HTTPS server; nothing where it has none. */
export function HttpsActions(props: HttpsActionsProps) {
  const server = props.collection.https_server;
  return server ? <HttpsActionsBar {...props} httpsServer={server} /> : null;
}

function HttpsActionsBar({
  collection,
  path,
  selected,
  onUploaded,
  existing,
  httpsServer,
  carryState,
  takeResume,
  uploadRef,
}: HttpsActionsProps & { httpsServer: string }) {
  const { job, consent, setConsent, download, upload, requestConsent } = useHttpsTransfers({
    collectionId: collection.id,
    httpsServer,
    path,
    onUploaded,
    carryState,
  });
  const [replace, setReplace] = useState<{ files: File[]; clashes: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const name = collection.display_name || collection.id;
  const file = selected.length === 1 && selected[0]!.type === 'file' ? selected[0]! : null;

  const chooseFiles = (files: File[]) => {
    const names = new Set(existing?.map((e) => e.name));
    const clashes = files.filter((f) => names.has(f.name)).map((f) => f.name);
    if (clashes.length) setReplace({ files, clashes });
    else void upload(files);
  };
  useImperativeHandle(uploadRef, () => ({ upload: chooseFiles }));
  // Back from the consent page: start the download or upload the user asked for before it.
  const resumeChecked = useRef(false);
  useEffect(() => {
    if (resumeChecked.current) return;
    resumeChecked.current = true;
    const resume = takeResume?.(collection.id, path);
    if (resume?.kind === 'https-download') void download(resume);
    else if (resume?.kind === 'https-upload') {
      void takePendingUpload(collection.id, path).then((files) => {
        if (files?.length) chooseFiles(files);
        else
          job.setMessage({
            tone: 'error',
            text: 'The files chosen before the permission step are no longer available. Choose them again.',
          });
      });
    }
  });
  const replaceAnd = (files: File[]) => {
    setReplace(null);
    void upload(files);
  };

  const msg = job.message;
  return (
    <div className="relative flex flex-wrap items-center gap-1" role="group" aria-label="File access over HTTPS">
      <Button
        size="sm"
        variant="ghost"
        disabled={!file || job.busy}
        onClick={() => file && void download(file)}
        title={file ? undefined : 'Select one file to download'}
      >
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
          chooseFiles(files);
        }}
      />
      <CopyLinkButton
        url={collectionFileUrl(
          httpsServer,
          selected.length === 1 ? joinPath(path, selected[0]!.name) + (selected[0]!.type === 'dir' ? '/' : '') : path,
        )}
        copyText={(text) => browser.copyText(text)}
      />
      {job.progress ? <TransferProgress progress={job.progress} onCancel={job.cancel} /> : null}
      <span
        role={msg?.tone === 'error' ? 'alert' : 'status'}
        className={`text-xs ${msg?.tone === 'error' ? 'text-red-800' : 'text-green-800'}`}
      >
        {msg?.text ?? ''}
      </span>
      {replace ? (
        <div className="absolute top-full right-0 z-30 mt-1">
          <ReplacePrompt
            names={replace.clashes}
            total={replace.files.length}
            onReplace={() => replaceAnd(replace.files)}
            onSkip={() => replaceAnd(replace.files.filter((f) => !replace.clashes.includes(f.name)))}
            onCancel={() => setReplace(null)}
          />
        </div>
      ) : null}
      {consent ? (
        <div className="absolute top-full right-0 z-30 mt-1">
          <ConsentPrompt
            need={consent}
            collectionName={name}
            onContinue={() => void requestConsent()}
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
