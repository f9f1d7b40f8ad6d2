import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/globus/describe-error';
import { breadcrumbs, childPath } from '@/lib/paths/collection-path';
import { directoryQuery } from '@/lib/queries/directory';

/**
 * A small folder chooser over the listing API: breadcrumbs, the folders of the current folder, and a
 * button to take the folder shown. Files are left out; only folders can be shared.
 */
export function FolderBrowser({
  collectionId,
  start,
  onPick,
  onCancel,
}: {
  collectionId: string;
  start: string;
  onPick: (path: string) => void;
  onCancel: () => void;
}) {
  const { http } = useServices();
  const [path, setPath] = useState(start);
  const listing = useQuery(directoryQuery(http, collectionId, path));
  const folders = (listing.data?.DATA ?? []).filter((e) => e.type === 'dir');

  return (
    <div role="group" aria-label="Choose a folder" className="mt-2 rounded-md border border-slate-300 p-2">
      <nav aria-label="Folder path" className="flex flex-wrap items-center gap-1 text-sm">
        {breadcrumbs(path).map((c, i, all) => (
          <span key={c.path} className="flex items-center gap-1">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            <button
              type="button"
              className="rounded px-1 text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600"
              aria-current={i === all.length - 1 ? 'location' : undefined}
              onClick={() => setPath(c.path)}
            >
              {c.label}
            </button>
          </span>
        ))}
      </nav>
      <div className="mt-2 max-h-48 overflow-auto">
        {listing.isPending ? (
          <Spinner label="Listing folders" />
        ) : listing.isError ? (
          <div role="alert" className="text-sm text-red-800">
            <p className="font-semibold">{describeError(listing.error).title}</p>
            <p>{describeError(listing.error).detail}</p>
          </div>
        ) : folders.length === 0 ? (
          <p className="text-sm text-slate-600">No folders inside this one.</p>
        ) : (
          <ul aria-label={`Folders in ${path}`} className="flex flex-col">
            {folders.map((f) => (
              <li key={f.name}>
                <button
                  type="button"
                  className="w-full rounded px-2 py-1 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600"
                  onClick={() => setPath(childPath(path, f.name))}
                >
                  <span aria-hidden="true">📁 </span>
                  {f.name}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="mt-2 flex gap-2">
        <Button size="sm" variant="primary" disabled={!listing.isSuccess} onClick={() => onPick(path)}>
          Use {path}
        </Button>
        <Button size="sm" onClick={onCancel}>
          Close folder list
        </Button>
      </div>
    </div>
  );
}
