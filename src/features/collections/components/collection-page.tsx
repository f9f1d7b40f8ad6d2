import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { describeError } from '@/lib/globus/describe-error';
import { paths, routeTo } from '@/lib/routes/paths';
import { Button } from '@/components/ui/button';
import { CopyLinkButton } from '@/components/ui/copy-link-button';
import { MessagePanel } from '@/components/ui/message-panel';
import { Spinner } from '@/components/ui/spinner';
import { useCollection } from '@/features/collections/api/use-collection';
import { CollectionFacts } from '@/features/collections/components/collection-facts';
import { EditCollectionDialog } from '@/features/collections/components/edit-collection-dialog';
import { HostedCollections } from '@/features/collections/components/hosted-collections';
import { RolesSection } from '@/features/collections/components/roles-section';
import { RolesPanel } from '@/components/roles/roles-panel';
import { hostsGuestCollections, isGuestCollection } from '@/lib/globus/sharing-hosts';
import { UserMessage } from '@/features/collections/components/user-message';
import { canEdit, collectionKind, isBrowsable, rolesInTransfer } from '@/features/collections/lib/collection-kind';
import { entityTypeLabel } from '@/lib/globus/entity-type-label';

const linkButton =
  'inline-flex h-9 items-center rounded-md border px-3 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600';

/** This page's own address, to share (the app may live in a sub-folder of any host). */
const pageUrl = (id: string) => `${window.location.href.split('#')[0]}${paths.collection(id)}`;

/**
 * `#/collections/<id>`: one collection explained for people, with what can be done with it. Bookmarks belong
 * to another feature, so the app passes the bookmark action in.
 */
export function CollectionPage({
  collectionId,
  renderBookmark,
}: {
  collectionId: string;
  renderBookmark?: (c: Endpoint) => ReactNode;
}) {
  const collection = useCollection(collectionId);
  const [editing, setEditing] = useState(false);

  if (collection.isPending)
    return (
      <div className="p-6">
        <Spinner label="Loading the collection" />
      </div>
    );
  if (collection.isError) {
    const err = describeError(collection.error);
    return (
      <div className="flex flex-col gap-4 p-6">
        <h1 className="text-xl font-semibold text-slate-900">Collection</h1>
        <MessagePanel
          tone="error"
          role="alert"
          title={err.title}
          actions={
            <>
              {err.action === 'retry' ? <Button onClick={() => void collection.refetch()}>Try again</Button> : null}
              <Link to={routeTo.collections()} className={`${linkButton} border-slate-300 bg-white text-slate-800`}>
                Search collections
              </Link>
            </>
          }
        >
          {err.detail}
        </MessagePanel>
      </div>
    );
  }

  const c = collection.data;
  const name = c.display_name || c.id;
  const browsable = isBrowsable(c);
  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4 overflow-auto p-4 sm:p-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link to={routeTo.collections()} className="text-blue-800 underline underline-offset-2">
          Collections
        </Link>
      </nav>
      <header className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold break-words text-slate-900">{name}</h1>
        <p className="text-sm text-slate-700">
          {entityTypeLabel(c.entity_type)}
          {c.owner_string ? ` · owned by ${c.owner_string}` : ''}
        </p>
      </header>
      <UserMessage c={c} />
      <div role="group" aria-label="Actions" className="flex flex-wrap items-center gap-2">
        {browsable ? (
          <>
            <Link
              to={routeTo.files({ originId: c.id })}
              className={`${linkButton} border-blue-700 bg-blue-700 text-white hover:bg-blue-800`}
            >
              Open in the file manager
            </Link>
            <Link
              to={routeTo.files({ destinationId: c.id })}
              className={`${linkButton} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
            >
              Open in the right pane
            </Link>
          </>
        ) : null}
        <CopyLinkButton url={pageUrl(c.id)} fieldLabel="Link to this page (copy it from here)" />
        {browsable ? renderBookmark?.(c) : null}
        {browsable && hostsGuestCollections(c.entity_type) ? (
          <Link
            to={routeTo.shareFolder(c.id, '/')}
            className={`${linkButton} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
          >
            Share a folder
          </Link>
        ) : null}
        {isGuestCollection(c.entity_type) ? (
          <Link
            to={routeTo.permissions(c.id)}
            className={`${linkButton} border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
          >
            Permissions
          </Link>
        ) : null}
        {canEdit(c) ? (
          <Button size="sm" onClick={() => setEditing(true)}>
            Edit details
          </Button>
        ) : null}
      </div>
      {collectionKind(c) === 'endpoint' ? <HostedCollections endpointId={c.id} /> : null}
      <CollectionFacts c={c} />
      {/* Transfer serves roles for personal collections and legacy endpoints; GCSv5 roles live on the endpoint. */}
      {rolesInTransfer(c) ? <RolesPanel endpointId={c.id} endpointName={name} /> : <RolesSection collectionId={c.id} />}
      {editing ? <EditCollectionDialog collection={c} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
