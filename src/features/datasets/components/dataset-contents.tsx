import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useServices } from '@/components/services/services-context';
import { MessagePanel } from '@/components/ui/message-panel';
import { Spinner } from '@/components/ui/spinner';
import { Button } from '@/components/ui/button';
import { describeError } from '@/lib/globus/describe-error';
import { GlobusError } from '@/lib/globus/errors';
import { formatCount, formatSize } from '@/lib/format/numbers';
import { endpointQuery } from '@/lib/queries/endpoint';
import { directoryQuery } from '@/lib/queries/directory';
import { routeTo } from '@/lib/routes/paths';
import type { DatasetLink } from '@/lib/datasets/dataset-link';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { DatasetDownloads } from '@/features/datasets/components/dataset-downloads';
import { DatasetTransferPanel } from '@/features/datasets/components/dataset-transfer';

const missing = (err: unknown) =>
  err instanceof GlobusError && (err.isCode('EndpointNotFound') || err.isCode('EndpointDeleted') || err.status === 404);

/** Logged in: the collection and folder the link names, read-only, with what can be done with them. */
export function DatasetContents({ link }: { link: DatasetLink }) {
  const { http } = useServices();
  const collection = useQuery(endpointQuery(http, link.collectionId));
  const listing = useQuery({
    ...directoryQuery(http, link.collectionId, link.path),
    enabled: collection.isSuccess,
  });

  if (collection.isError || listing.isError) {
    const err = collection.error ?? listing.error;
    const d = describeError(err);
    return (
      <MessagePanel
        role="alert"
        tone="error"
        title={collection.isError && missing(err) ? 'This dataset’s collection was not found' : d.title}
        actions={
          <Button onClick={() => void (collection.isError ? collection.refetch() : listing.refetch())}>
            Try again
          </Button>
        }
      >
        <p>
          {collection.isError && missing(err)
            ? `There is no collection ${link.collectionId}, or it was deleted, or you cannot see it. The link may be out of date: ask the site that published it.`
            : d.detail}
        </p>
      </MessagePanel>
    );
  }
  if (!collection.data || !listing.data) return <Spinner label="Loading the dataset" />;

  const byName = new Map(listing.data.DATA.map((e) => [e.name, e]));
  const named = link.files ?? [];
  const picked = named.flatMap((n) => byName.get(n) ?? []);
  const entries: FileEntry[] = (named.length ? picked : listing.data.DATA).filter((e) => e.type !== 'dir');
  const folders = (named.length ? picked : listing.data.DATA).filter((e) => e.type === 'dir');
  const absent = named.filter((n) => !byName.has(n));
  const total = entries.reduce((s, e) => s + e.size, 0);
  const name = collection.data.display_name ?? link.collectionId;

  return (
    <>
      <p className="text-sm text-slate-700">
        On <strong>{name}</strong> in <code className="font-mono text-xs break-all">{listing.data.path}</code> ·{' '}
        <Link
          className="text-blue-800 underline"
          to={routeTo.files({ originId: link.collectionId, originPath: listing.data.path })}
        >
          Open in the file manager
        </Link>
      </p>
      {absent.length ? (
        <MessagePanel role="alert" tone="warning" title="Some files named by the link are not in the folder">
          <p className="font-mono text-xs break-all">{absent.join(', ')}</p>
        </MessagePanel>
      ) : null}
      <div className="overflow-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm" aria-label="Dataset files">
          <thead className="bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-1.5">
                Name
              </th>
              <th scope="col" className="px-3 py-1.5 text-right">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {folders.map((e) => (
              <tr key={`d:${e.name}`} className="border-t border-slate-100">
                <td className="px-3 py-1 break-all">{e.name}/</td>
                <td className="px-3 py-1 text-right text-xs text-slate-600">folder</td>
              </tr>
            ))}
            {entries.map((e) => (
              <tr key={e.name} className="border-t border-slate-100">
                <td className="px-3 py-1 break-all">{e.name}</td>
                <td className="px-3 py-1 text-right tabular-nums">{formatSize(e.size)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-200 text-xs text-slate-600">
              <td className="px-3 py-1">
                {formatCount(entries.length)} file{entries.length === 1 ? '' : 's'}
                {folders.length ? ` and ${formatCount(folders.length)} folder${folders.length === 1 ? '' : 's'}` : ''}
              </td>
              <td className="px-3 py-1 text-right">{formatSize(total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <DatasetTransferPanel
        link={link}
        sourceName={name}
        sourcePath={listing.data.path}
        items={picked.map((e) => ({ name: e.name, isDir: e.type === 'dir' }))}
      />
      <DatasetDownloads collection={collection.data} path={listing.data.path} files={entries} />
    </>
  );
}
