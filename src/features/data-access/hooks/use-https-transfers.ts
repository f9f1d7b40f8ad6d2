import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { httpsFolderPath } from '@/lib/queries/directory';
import { useServices } from '@/components/services/services-context';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { CollectionHttpsError } from '@/lib/globus/https';
import { useHttpsAccess } from '@/features/data-access/hooks/use-https-access';
import { useTransferJob } from '@/features/data-access/hooks/use-transfer-job';
import { describeHttpsError } from '@/features/data-access/lib/describe-https-error';
import { downloadFile, navigationUrl } from '@/lib/downloads/download-file';
import { joinPath } from '@/lib/paths/collection-path';
import type { ConsentNeed } from '@/features/data-access/components/consent-prompt';
import type { HttpsResume } from '@/features/data-access/model/https-resume';
import { canKeepForLater, savePendingUpload } from '@/features/data-access/lib/pending-upload-store';

type Options = {
  collectionId: string;
  httpsServer: string;
  path: string;
  onUploaded: () => void;
  /** The state to carry through the consent login, given the download or upload to resume afterwards (if any). */
  carryState?: ((resume: HttpsResume | null) => unknown) | undefined;
};

/**
 * Downloads and uploads through one collection's HTTPS server, one at a time, with progress. A missing
 * or refused token turns into a consent request (`consent`) instead of an error.
 */
export function useHttpsTransfers({ collectionId, httpsServer, path, onUploaded, carryState }: Options) {
  const access = useHttpsAccess(collectionId);
  const job = useTransferJob();
  const [consent, setConsent] = useState<ConsentNeed | null>(null);
  const { http } = useServices();
  const queryClient = useQueryClient();
  // `path` is Transfer's echo: the HTTPS server needs `~` expanded (a listing that cannot say leaves it as shown).
  const serverFolder = () => httpsFolderPath(queryClient, http, collectionId, path).catch(() => path);

  const needConsent = (err: unknown, need: ConsentNeed) => {
    if (!(err instanceof CollectionHttpsError && err.needsConsent)) return false;
    setConsent({ ...need, refused: err.status === 403 });
    return true;
  };

  const download = async (file: Pick<FileEntry, 'name' | 'size'>) => {
    const filePath = joinPath(await serverFolder(), file.name);
    const fallbackUrl = navigationUrl(httpsServer, filePath);
    const need: ConsentNeed = { action: 'download', fallbackUrl, file: { name: file.name, size: file.size } };
    setConsent(null);
    if (!(await access.getToken())) return setConsent(need);
    await job
      .run(async (signal, report) => {
        try {
          const outcome = await downloadFile({
            https: access.https,
            collectionId,
            httpsServer,
            path: filePath,
            name: file.name,
            size: file.size,
            signal,
            onProgress: (done, total) => report({ label: `Downloading ${file.name}`, done, total }),
          });
          if (outcome === 'cancelled') return null;
          return {
            tone: 'ok',
            text: outcome === 'saved' ? `Downloaded “${file.name}”.` : `Your browser is downloading “${file.name}”.`,
          };
        } catch (err) {
          if (signal.aborted || needConsent(err, need)) throw err;
          return {
            tone: 'error',
            text: describeHttpsError(err, { action: 'download', name: file.name, folder: path }),
          };
        }
      })
      .catch(() => {});
  };

  const upload = async (files: File[]) => {
    if (files.length === 0) return;
    setConsent(null);
    if (!(await access.getToken())) return setConsent({ action: 'upload', files });
    let uploaded = 0;
    const folder = await serverFolder();
    await job
      .run(async (signal, report) => {
        try {
          for (const [i, f] of files.entries()) {
            const label =
              files.length === 1 ? `Uploading ${f.name}` : `Uploading ${f.name} (${i + 1} of ${files.length})`;
            await access.https.upload({
              collectionId,
              httpsServer,
              path: joinPath(folder, f.name),
              body: f,
              signal,
              onProgress: (done, total) => report({ label, done, total }),
            });
            uploaded += 1;
          }
          return {
            tone: 'ok',
            text: files.length === 1 ? `Uploaded “${files[0]!.name}”.` : `Uploaded ${files.length} files.`,
          };
        } catch (err) {
          if (signal.aborted || needConsent(err, { action: 'upload', files: files.slice(uploaded) })) throw err;
          const failed = files[uploaded]?.name ?? '';
          return { tone: 'error', text: describeHttpsError(err, { action: 'upload', name: failed, folder: path }) };
        } finally {
          if (uploaded > 0) onUploaded();
        }
      })
      .catch(() => {});
  };

  const requestConsent = async () => {
    const file = consent?.file;
    const files = consent?.files;
    let resume: HttpsResume | null = null;
    if (file) resume = { kind: 'https-download', collectionId, folder: path, name: file.name, size: file.size };
    else if (files?.length && canKeepForLater(files)) {
      // Browser storage full or refused: go anyway; the user chooses the files again on return.
      const kept = await savePendingUpload(collectionId, path, files).then(
        () => true,
        () => false,
      );
      if (kept) resume = { kind: 'https-upload', collectionId, folder: path };
    }
    return access.requestConsent(carryState ? carryState(resume) : (resume ?? undefined));
  };

  return { job, consent, setConsent, download, upload, requestConsent };
}
