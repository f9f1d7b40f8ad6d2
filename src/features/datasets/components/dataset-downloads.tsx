import { useMemo, useRef, useState } from 'react';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { httpsScope } from '@/lib/auth/scopes';
import { downloadFile } from '@/lib/downloads/download-file';
import { describeError } from '@/lib/globus/describe-error';
import { CollectionHttpsError, createCollectionHttps } from '@/lib/globus/https';
import { joinPath } from '@/lib/paths/collection-path';
import type { Endpoint, FileEntry } from '@/lib/globus/transfer-types';

type Job = { name: string; index: number; count: number; received: number; total: number };

/** HTTPS downloads of the dataset's files, one or all, where the collection serves HTTPS. */
export function DatasetDownloads({
  collection,
  path,
  files,
}: {
  collection: Pick<Endpoint, 'id' | 'https_server'>;
  path: string;
  files: readonly FileEntry[];
}) {
  const { auth } = useServices();
  const returnTo = useReturnTo();
  const https = useMemo(() => createCollectionHttps(auth), [auth]);
  const [job, setJob] = useState<Job | null>(null);
  const [problem, setProblem] = useState<{ text: string; consent: boolean } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const server = collection.https_server;
  if (!server) {
    return (
      <p className="text-sm text-slate-600">
        This collection does not offer downloads in the browser; transfer the files to a collection of yours instead.
      </p>
    );
  }

  const run = async (list: readonly FileEntry[]) => {
    setProblem(null);
    const ctl = new AbortController();
    abort.current = ctl;
    try {
      for (const [index, f] of list.entries()) {
        setJob({ name: f.name, index, count: list.length, received: 0, total: f.size });
        const outcome = await downloadFile({
          https,
          collectionId: collection.id,
          httpsServer: server,
          path: joinPath(path, f.name),
          name: f.name,
          size: f.size,
          signal: ctl.signal,
          onProgress: (received, total) => setJob({ name: f.name, index, count: list.length, received, total }),
        });
        if (outcome !== 'saved') break; // a navigation leaves the page; a cancelled save dialog stops the batch
      }
    } catch (err) {
      if (!(err instanceof DOMException && err.name === 'AbortError')) {
        const consent = err instanceof CollectionHttpsError && err.needsConsent;
        setProblem({
          text: consent
            ? 'Downloading needs your permission for this collection’s HTTPS server.'
            : describeError(err).detail,
          consent,
        });
      }
    } finally {
      setJob(null);
      abort.current = null;
    }
  };

  return (
    <section aria-label="Download" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
      <h2 className="text-sm font-semibold">Download in the browser</h2>
      <div className="flex flex-wrap gap-1">
        <Button variant="primary" disabled={!!job || files.length === 0} onClick={() => void run(files)}>
          Download all ({files.length})
        </Button>
        {files.map((f) => (
          <Button key={f.name} size="sm" variant="ghost" disabled={!!job} onClick={() => void run([f])}>
            Download {f.name}
          </Button>
        ))}
      </div>
      {job ? (
        <div className="flex items-center gap-2 text-sm">
          <span>
            {job.name} ({job.index + 1} of {job.count})
          </span>
          <ProgressBar label={`Downloading ${job.name}`} value={job.received} max={job.total} />
          <Button size="sm" onClick={() => abort.current?.abort()}>
            Cancel
          </Button>
        </div>
      ) : null}
      {problem ? (
        <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-red-800">
          {problem.text}
          {problem.consent ? (
            <Button size="sm" onClick={() => void auth.login({ returnTo, extraScopes: [httpsScope(collection.id)] })}>
              Allow HTTPS access
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
