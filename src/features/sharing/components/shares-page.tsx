// Route `#/shares`: the guest collections I manage, with their permissions and deletion.
import { useState } from 'react';
import { Link } from 'react-router';
import { useServices } from '@/components/services/services-context';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { Spinner } from '@/components/ui/spinner';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { routeTo } from '@/lib/routes/paths';
import { formatCount } from '@/lib/format/numbers';
import { useMyGuestCollections } from '@/features/sharing/api/guest-collections';
import { DeleteGuestDialog } from '@/features/sharing/components/delete-guest-dialog';
import { describeSharingError } from '@/features/sharing/lib/sharing-errors';
import { webAppCollectionUrl } from '@/features/sharing/lib/web-app';

/** Transfer deletes these itself; GCSv5 guest collections are deleted on their endpoint. */
const DELETABLE = new Set(['GCP_guest_collection', 'GCSv4_share']);

export function SharesPage() {
  const { config } = useServices();
  const guests = useMyGuestCollections();
  const [deleting, setDeleting] = useState<Endpoint | null>(null);
  const list = guests.data?.pages.flatMap((p) => p.DATA) ?? [];
  // Search reaches 1000 results per query: past that, the last page says there is more but none can be asked for.
  const capped = !guests.hasNextPage && (guests.data?.pages.at(-1)?.has_next_page ?? false);

  let body;
  if (guests.isPending) body = <Spinner label="Loading your guest collections" />;
  else if (guests.isError && !guests.data) {
    const p = describeSharingError(guests.error, 'guest');
    body = (
      <MessagePanel
        role="alert"
        tone="error"
        title={p.title}
        actions={<Button onClick={() => void guests.refetch()}>Try again</Button>}
      >
        {p.detail}
      </MessagePanel>
    );
  } else if (list.length === 0)
    body = (
      <MessagePanel title="You have not shared any folders yet">
        In the file manager, open a folder of a collection you own and choose “Share this folder” (Alt+S).
      </MessagePanel>
    );
  else
    body = (
      <ul aria-label="My guest collections" className="flex flex-col gap-2">
        {list.map((g) => {
          const name = g.display_name ?? g.id;
          return (
            <li
              key={g.id}
              className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-slate-200 bg-white p-3"
            >
              <div className="min-w-0">
                <Link className="font-medium text-blue-800 underline" to={routeTo.permissions(g.id)}>
                  {name}
                </Link>
                <p className="text-sm text-slate-600">
                  {g.host_endpoint_display_name ? `On ${g.host_endpoint_display_name}` : 'Guest collection'}
                  {g.host_path ? `, folder ${g.host_path}` : ''}
                </p>
              </div>
              <div className="flex flex-wrap gap-x-3 gap-y-1">
                {/* The name leads there too; an action named for what it does is easier to find. */}
                <Link className="text-sm text-blue-800 underline" to={routeTo.permissions(g.id)}>
                  Manage access<span className="sr-only"> to {name}</span>
                </Link>
                <Link className="text-sm text-blue-800 underline" to={routeTo.files({ originId: g.id })}>
                  Open<span className="sr-only"> {name}</span> in the file manager
                </Link>
                {DELETABLE.has(g.entity_type ?? '') ? (
                  <Button size="sm" onClick={() => setDeleting(g)}>
                    Delete<span className="sr-only"> {name}</span>
                  </Button>
                ) : (
                  <a
                    className="text-sm text-blue-800 underline"
                    href={webAppCollectionUrl(config.webAppBaseUrl, g.id)}
                    target="_blank"
                    rel="noreferrer"
                  >
                    Delete on the Globus web app<span className="sr-only"> ({name})</span>
                  </a>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    );
  const more =
    list.length > 0 ? (
      <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
        <p role="status">
          {guests.hasNextPage || capped
            ? `Showing the first ${formatCount(list.length)} of your guest collections.`
            : `${formatCount(list.length)} guest ${list.length === 1 ? 'collection' : 'collections'}.`}
          {capped
            ? ' Globus lists no more than this here; find the others with Collections → Shared by me and a search.'
            : ''}
        </p>
        {guests.hasNextPage ? (
          <Button size="sm" disabled={guests.isFetchingNextPage} onClick={() => void guests.fetchNextPage()}>
            {guests.isFetchingNextPage ? 'Loading more…' : 'Load more'}
          </Button>
        ) : null}
        {guests.isFetchNextPageError ? (
          <p role="alert" className="text-red-700">
            Could not load more: {describeSharingError(guests.error, 'guest').title}. Try again.
          </p>
        ) : null}
      </div>
    ) : null;

  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-3">
      <header>
        <h1 className="text-lg font-semibold text-slate-900">My guest collections</h1>
        <p className="text-sm text-slate-600">
          Each shares one folder of a host collection with the people, groups or public you choose.
        </p>
      </header>
      {body}
      {more}
      {deleting ? <DeleteGuestDialog guest={deleting} onClose={() => setDeleting(null)} /> : null}
    </div>
  );
}
