import { useRef, useState } from 'react';
import { GlobusError } from '@/lib/globus/errors';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { stateForLogin } from '@/components/services/login-round-trip';
import { startHelperChoice } from '@/components/services/helper-round-trip';
import { useServices } from '@/components/services/services-context';
import { useReturnTo } from '@/components/services/use-return-to';
import { useLocalRoot, usePaneCollection } from '@/app/routes/use-pane-collection';
import { isLocalCollection } from '@/lib/local-files/local-id';
import { localPaneTitle } from '@/lib/queries/local-root';
import { documentName, useCollectionName } from '@/components/collection-name/use-collection-name';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { BookmarkMenu } from '@/features/bookmarks/components/bookmark-menu';
import { HttpsActions, type HttpsUploadHandle } from '@/features/data-access/components/https-actions';
import { isHttpsResume, type HttpsResume } from '@/features/data-access/model/https-resume';
import { openIn } from '@/features/file-manager/commands/pane-intents';
import { useFileManager, useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { ChooseCollection } from '@/app/routes/choose-collection';
import type { ChosenCollection } from '@/features/collections/components/collection-picker';
import { isGuestCollection, managesGuestAccess } from '@/lib/globus/sharing-hosts';
import { recallGuestFolders } from '@/lib/storage/guest-folders';

const isUnknownCollection = (err: unknown) =>
  err instanceof GlobusError &&
  (err.isCode('EndpointNotFound') || err.isCode('EndpointDeleted') || err.status === 404 || err.status === 400);

/** The consent login for HTTPS brings back the panes' marks, plus the download or upload to resume. */
const carryState = (resume: HttpsResume | null) => stateForLogin({ pending: resume ?? undefined });

/**
 * One pane's worth of app: resolves the pane's collection, then shows the file pane or the picker.
 * Another collection is a fresh slot (the picker closes).
 */
export function PaneSlot({ side }: { side: PaneSide }) {
  const collectionId = useFileManager((s) => s.panes[side].collectionId);
  return <CollectionSlot key={collectionId} side={side} collectionId={collectionId} />;
}

function CollectionSlot({ side, collectionId }: { side: PaneSide; collectionId: string }) {
  const store = useFileManagerStore();
  const collection = usePaneCollection(collectionId);
  const local = isLocalCollection(collectionId);
  const localRoot = useLocalRoot(collectionId);
  const name = useCollectionName(collectionId, documentName(collection));
  // Files dropped on the listing go up through the collection's HTTPS server, as if chosen with Upload.
  const httpsUpload = useRef<HttpsUploadHandle>(null);
  const [picking, setPicking] = useState(false);
  const { config } = useServices();
  const returnTo = useReturnTo();
  // A download or upload interrupted by the HTTPS consent: given once to the pane that shows its folder again.
  const takeResume = (id: string, folder: string) => {
    const r = store.takePending((p) => isHttpsResume(p) && p.collectionId === id && p.folder === folder);
    return isHttpsResume(r) ? r : null;
  };
  /** Open a bookmark or a chosen collection: another collection and folder in this pane. */
  const openLocation = (id: string, p: string) => {
    setPicking(false);
    store.run(openIn(side, id, p));
  };
  /**
   * A guest collection shared with the user may be closed to them at its root: it opens at the folder they
   * last listed there, when there is one (the pane explains and offers folders if the root is refused).
   */
  const choose = (c: ChosenCollection) => {
    if (!isGuestCollection(c.entity_type) || managesGuestAccess(c.my_effective_roles)) return openLocation(c.id, '');
    void recallGuestFolders(c.id).then((folders) => openLocation(c.id, folders[0] ?? ''));
  };

  const chooseWithGlobus = () =>
    startHelperChoice({
      slot: 'open-pane',
      returnTo,
      openIn: side === 'left' ? 'origin' : 'destination',
      helper: { kind: 'globus', webAppBaseUrl: config.webAppBaseUrl },
      folderLimit: 1,
      fileLimit: 0,
    });
  const picker = {
    onOpenLocation: openLocation,
    onChooseWithGlobus: chooseWithGlobus,
    onOpenLocalFolder: (id: string) => openLocation(id, ''),
    onChoose: choose,
  };

  const paneLabel = side === 'left' ? 'left pane' : 'right pane';
  if (!collectionId && side === 'right' && !picking) {
    // One search box at a time: the second pane waits to be asked (or filled by "open in other pane").
    return (
      <section
        aria-label="Right pane"
        className="flex flex-1 flex-col items-center justify-center gap-3 rounded-sm border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600"
      >
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
        {...picker}
        label={side === 'left' ? 'Choose a collection' : `Choose a collection for the ${paneLabel}`}
        actions={side === 'right' ? <Button onClick={() => setPicking(false)}>Cancel</Button> : undefined}
      />
    );
  }
  // An unknown id, an endpoint (holds no files) or an explicit "Change collection" all end in the picker.
  const note =
    local && localRoot.data === null ? (
      <MessagePanel role="alert" tone="warning" title="Folder on this computer not remembered">
        <p>
          This browser no longer remembers the folder this pane showed (it was forgotten, you logged out, or the link
          comes from another browser). Open “This computer…” below and choose the folder again.
        </p>
      </MessagePanel>
    ) : collection.isError && isUnknownCollection(collection.error) ? (
      <MessagePanel role="alert" tone="error" title="Collection not found">
        <p>
          There is no collection with the id <code className="font-mono text-xs break-all">{collectionId}</code>, or it
          was deleted, or you cannot see it. Check the link, or search for the collection below.
        </p>
      </MessagePanel>
    ) : collection.data?.non_functional ? (
      <MessagePanel
        role="alert"
        tone="warning"
        title={`“${collection.data.display_name}” is an endpoint, not a collection`}
      >
        <p>Endpoints hold no files themselves. Search for one of its collections below.</p>
      </MessagePanel>
    ) : null;
  if (note || picking) {
    return (
      <ChooseCollection
        {...picker}
        label={`Choose a collection for the ${paneLabel}`}
        note={note ?? undefined}
        actions={note ? undefined : <Button onClick={() => setPicking(false)}>Cancel</Button>}
      />
    );
  }
  if (local) {
    // A folder on this computer: no collection document, bookmarks or HTTPS actions (Transfer never sees it).
    return (
      <FilePane
        side={side}
        collectionName={localPaneTitle(localRoot.data?.name ?? '…')}
        toolbarExtra={
          <Button size="sm" variant="ghost" onClick={() => setPicking(true)}>
            Change collection
          </Button>
        }
        // In place of a collection's download and upload: how files get from here to a collection.
        belowPath={(pane) =>
          pane.listed ? (
            <p className="text-xs text-slate-600">
              Files here stay on this computer. To copy marked files to a collection, open it in the other pane and
              press F5 (or drag them across).
            </p>
          ) : null
        }
      />
    );
  }
  return (
    <FilePane
      side={side}
      collectionName={documentName(collection)}
      collection={collection.data}
      onDropFiles={collection.data?.https_server ? (files) => httpsUpload.current?.upload(files) : undefined}
      toolbarExtra={(pane) => (
        <>
          {pane.listed ? (
            <BookmarkMenu collectionId={collectionId} collectionName={name} path={pane.path} onOpen={openLocation} />
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
            takeResume={takeResume}
          />
        ) : null
      }
    />
  );
}
