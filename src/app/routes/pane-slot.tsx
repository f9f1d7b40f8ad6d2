import { useContext, useRef, useState } from 'react';
import { GlobusError } from '@/lib/globus/errors';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { usePaneCollection } from '@/app/routes/use-pane-collection';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { BookmarkMenu } from '@/features/bookmarks/components/bookmark-menu';
import { HttpsActions, type HttpsUploadHandle } from '@/features/data-access/components/https-actions';
import type { HttpsResume } from '@/features/data-access/model/https-resume';
import { AppStateContext } from '@/features/file-manager/hooks/use-reauthorize';
import type { PaneBinding } from '@/features/file-manager/model/pane-binding';
import type { PaneSide } from '@/features/file-manager/model/pane-handle';
import { ChooseCollection } from '@/app/routes/choose-collection';

type Props = {
  side: PaneSide;
  binding?: PaneBinding;
  collectionId: string;
  path: string;
  onNavigate: (path: string) => void;
  onChooseCollection: (id: string) => void;
  /** Open a bookmark: another collection and folder in this pane. */
  onOpenLocation: (id: string, path: string) => void;
  /** A download or upload the consent round trip interrupted, handed over once (see FilesRoute). */
  takeHttpsResume?: (collectionId: string, folder: string) => HttpsResume | null;
};

const isUnknownCollection = (err: unknown) =>
  err instanceof GlobusError &&
  (err.isCode('EndpointNotFound') || err.isCode('EndpointDeleted') || err.status === 404 || err.status === 400);

/**
 * One pane's worth of app: resolves the collection, then shows the file pane or the picker.
 * A second pane is another <PaneSlot> with the destination parameters.
 */
export function PaneSlot({ side, binding, collectionId, path, onNavigate, onChooseCollection, onOpenLocation, takeHttpsResume }: Props) {
  const collection = usePaneCollection(collectionId);
  // The consent login for HTTPS brings back the panes' selection, plus the download or upload to resume.
  const snapshot = useContext(AppStateContext);
  // Files dropped on the listing go up through the collection's HTTPS server, as if chosen with Upload.
  const httpsUpload = useRef<HttpsUploadHandle>(null);
  const carryState = (resume: HttpsResume | null) => (snapshot ? { ...snapshot(null), pending: resume ?? undefined } : resume ?? undefined);
  const [picking, setPicking] = useState(false);
  const openLocation = (id: string, p: string) => {
    setPicking(false);
    onOpenLocation(id, p);
  };
  const choose = (id: string) => {
    setPicking(false);
    onChooseCollection(id);
  };

  const paneLabel = side === 'left' ? 'left pane' : 'right pane';
  if (!collectionId && side === 'right' && !picking) {
    // One search box at a time: the second pane waits to be asked (or filled by "open in other pane").
    return (
      <section aria-label="Right pane" className="flex flex-1 flex-col items-center justify-center gap-3 rounded-sm border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">
        <p>Open a second collection here to transfer between the two.</p>
        <Button variant="primary" onClick={() => setPicking(true)}>
          Choose a collection for the right pane
        </Button>
      </section>
    );
  }
  if (!collectionId) {
    return (
      <ChooseCollection
        onOpenLocation={openLocation}
        label={side === 'left' ? 'Choose a collection' : `Choose a collection for the ${paneLabel}`}
        onChoose={(c) => choose(c.id)}
        actions={side === 'right' ? <Button onClick={() => setPicking(false)}>Cancel</Button> : undefined}
      />
    );
  }
  // An unknown id, an endpoint (holds no files) or an explicit "Change collection" all end in the picker.
  const note = collection.isError && isUnknownCollection(collection.error) ? (
    <MessagePanel role="alert" tone="error" title="Collection not found">
      <p>
        There is no collection with the id <code className="font-mono text-xs break-all">{collectionId}</code>, or
        it was deleted, or you cannot see it. Check the link, or search for the collection below.
      </p>
    </MessagePanel>
  ) : collection.data?.non_functional ? (
    <MessagePanel role="alert" tone="warning" title={`“${collection.data.display_name}” is an endpoint, not a collection`}>
      <p>Endpoints hold no files themselves. Search for one of its collections below.</p>
    </MessagePanel>
  ) : null;
  if (note || picking) {
    return (
      <ChooseCollection
        onOpenLocation={openLocation}
        label={`Choose a collection for the ${paneLabel}`}
        onChoose={(c) => choose(c.id)}
        note={note ?? undefined}
        actions={note ? undefined : <Button onClick={() => setPicking(false)}>Cancel</Button>}
      />
    );
  }
  return (
    <FilePane
      collectionId={collectionId}
      collectionName={collection.data?.display_name ?? undefined}
      collection={collection.data}
      binding={binding}
      path={path}
      onNavigate={onNavigate}
      onDropFiles={collection.data?.https_server ? (files) => httpsUpload.current?.upload(files) : undefined}
      toolbarExtra={(pane) => (
        <>
          {pane.listed ? (
            <BookmarkMenu
              collectionId={collectionId}
              collectionName={collection.data?.display_name ?? collectionId}
              path={pane.path}
              onOpen={onOpenLocation}
            />
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => setPicking(true)}>
            Change collection
          </Button>
        </>
      )}
      belowPath={(pane) =>
        collection.data && pane.listed ? (
          <HttpsActions
            collection={collection.data}
            path={pane.path}
            selected={pane.targets}
            existing={pane.entries}
            onUploaded={pane.refresh}
            carryState={carryState}
            uploadRef={httpsUpload}
            {...(takeHttpsResume ? { takeResume: takeHttpsResume } : {})}
          />
        ) : null
      }
    />
  );
}
