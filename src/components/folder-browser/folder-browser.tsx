import { useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/globus/describe-error';
import { formatSize } from '@/lib/format/numbers';
import { childPath, parentPath } from '@/lib/paths/collection-path';
import { directoryQuery } from '@/lib/queries/directory';
import type { FileEntry } from '@/lib/globus/transfer-types';

export type PickLimits = {
  /** How many folders may be ticked; 0 hides their boxes; absent is no limit. */
  folders?: number;
  files?: number;
};

type Props = {
  collectionId: string;
  /** The folder shown; '' for the collection's default folder. */
  path: string;
  onNavigate: (path: string) => void;
  /** With these, entries get tick boxes (within the limits). */
  picks?: { limits: PickLimits; marked: ReadonlySet<string>; onToggle: (entry: FileEntry) => void };
  /** Only folders are listed (choosing a folder to share or to name in a rule: files are noise there). */
  foldersOnly?: boolean;
};

const canPick = (e: FileEntry, limits: PickLimits) => (e.type === 'dir' ? limits.folders : limits.files) !== 0;

/**
 * A compact folder browser for choosing a place: one folder's entries, folders open with a click, an
 * "Up" button, and optional tick boxes within folder and file limits. For picking, not for managing
 * files: no virtualisation, sorting or keyboard grid (the file manager has those). The folder Transfer
 * actually listed (the default folder resolves to a real path) is `data.path` of `directoryQuery`.
 */
export function FolderBrowser({ collectionId, path, onNavigate, picks, foldersOnly = false }: Props) {
  const { http } = useServices();
  const listing = useQuery(directoryQuery(http, collectionId, path));
  const shown = listing.data?.path ?? path;
  const up = shown ? parentPath(shown) : null;

  if (listing.isError) {
    const d = describeError(listing.error);
    return (
      <MessagePanel
        role="alert"
        tone="error"
        title={d.title}
        actions={<Button onClick={() => void listing.refetch()}>Try again</Button>}
      >
        <p>{d.detail}</p>
        {up ? (
          <p className="mt-2">
            <Button size="sm" onClick={() => onNavigate(up)}>
              Up to {up}
            </Button>
          </p>
        ) : null}
      </MessagePanel>
    );
  }
  const entries = listing.data?.DATA ?? [];
  const dirs = entries.filter((e) => e.type === 'dir').sort((a, b) => a.name.localeCompare(b.name));
  const files = foldersOnly ? [] : entries.filter((e) => e.type !== 'dir').sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="flex min-h-0 flex-col gap-2">
      <div className="flex items-center gap-2">
        <Button size="sm" disabled={!up} onClick={() => up && onNavigate(up)} aria-label="Up one folder">
          ↑ Up
        </Button>
        <code className="min-w-0 font-mono text-xs break-all" aria-label="Folder">
          {shown || '(default folder)'}
        </code>
        {listing.isFetching ? <Spinner label="Listing" /> : null}
      </div>
      <div className="max-h-80 overflow-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm" aria-label={`Contents of ${shown || 'the default folder'}`}>
          <thead className="sticky top-0 bg-slate-50 text-left text-xs text-slate-600">
            <tr>
              {picks ? (
                <th scope="col" className="w-8 px-2 py-1">
                  <span className="sr-only">Select</span>
                </th>
              ) : null}
              <th scope="col" className="px-2 py-1">
                Name
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                Size
              </th>
            </tr>
          </thead>
          <tbody>
            {[...dirs, ...files].map((e) => (
              <tr key={e.name} className="border-t border-slate-100">
                {picks ? (
                  <td className="px-2 py-0.5">
                    {canPick(e, picks.limits) ? (
                      <input
                        type="checkbox"
                        aria-label={`Select ${e.name}`}
                        checked={picks.marked.has(e.name)}
                        onChange={() => picks.onToggle(e)}
                      />
                    ) : null}
                  </td>
                ) : null}
                <td className="px-2 py-0.5 break-all">
                  {e.type === 'dir' ? (
                    <button
                      type="button"
                      className="text-left text-blue-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600"
                      onClick={() => onNavigate(childPath(shown, e.name))}
                      aria-label={`Open folder ${e.name}`}
                    >
                      {e.name}/
                    </button>
                  ) : (
                    <span>{e.name}</span>
                  )}
                </td>
                <td className="px-2 py-0.5 text-right text-xs text-slate-600 tabular-nums">
                  {e.type === 'dir' ? '' : formatSize(e.size)}
                </td>
              </tr>
            ))}
            {listing.isPending ? (
              <tr>
                <td colSpan={3} className="px-2 py-2">
                  <Spinner label="Listing" />
                </td>
              </tr>
            ) : dirs.length + files.length === 0 ? (
              <tr>
                <td colSpan={3} className="px-2 py-2 text-slate-600">
                  {foldersOnly ? 'No folders inside this one.' : 'This folder is empty.'}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
