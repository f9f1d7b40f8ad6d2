import { useState } from 'react';
import { GlobusError } from '@/lib/globus/errors';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { useCollection } from '@/features/collections/api/get-collection';
import { FilePane } from '@/features/file-manager/components/file-pane';
import { ChooseCollection } from '@/app/routes/choose-collection';

type Props = {
  collectionId: string;
  path: string;
  onNavigate: (path: string) => void;
  onChooseCollection: (id: string) => void;
};

const isUnknownCollection = (err: unknown) =>
  err instanceof GlobusError &&
  (err.isCode('EndpointNotFound') || err.isCode('EndpointDeleted') || err.status === 404 || err.status === 400);

/**
 * One pane's worth of app: resolves the collection, then shows the file pane or the picker.
 * A second pane is another <PaneSlot> with the destination parameters.
 */
export function PaneSlot({ collectionId, path, onNavigate, onChooseCollection }: Props) {
  const collection = useCollection(collectionId);
  const [picking, setPicking] = useState(false);
  const choose = (id: string) => {
    setPicking(false);
    onChooseCollection(id);
  };

  if (collection.isError && isUnknownCollection(collection.error)) {
    return (
      <ChooseCollection
        onChoose={(c) => choose(c.id)}
        note={
          <MessagePanel role="alert" tone="error" title="Collection not found">
            <p>
              There is no collection with the id <code className="font-mono text-xs break-all">{collectionId}</code>, or
              it was deleted, or you cannot see it. Check the link, or search for the collection below.
            </p>
          </MessagePanel>
        }
      />
    );
  }
  if (collection.data?.non_functional) {
    return (
      <ChooseCollection
        onChoose={(c) => choose(c.id)}
        note={
          <MessagePanel role="alert" tone="warning" title={`“${collection.data.display_name}” is an endpoint, not a collection`}>
            <p>Endpoints hold no files themselves. Search for one of its collections below.</p>
          </MessagePanel>
        }
      />
    );
  }
  if (picking) {
    return (
      <ChooseCollection
        onChoose={(c) => choose(c.id)}
        actions={<Button onClick={() => setPicking(false)}>Cancel</Button>}
      />
    );
  }
  return (
    <FilePane
      collectionId={collectionId}
      collectionName={collection.data?.display_name ?? undefined}
      path={path}
      onNavigate={onNavigate}
      toolbarExtra={
        <Button size="sm" variant="ghost" onClick={() => setPicking(true)}>
          Change collection
        </Button>
      }
    />
  );
}
