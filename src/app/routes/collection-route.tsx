import { useParams } from 'react-router';
import { CollectionPage } from '@/features/collections/components/collection-page';
import { AddBookmarkButton } from '@/features/bookmarks/components/add-bookmark-button';

/** `#/collections/<id>`: the collection page, with the bookmarks feature's "Bookmark" action. */
export function CollectionRoute() {
  const id = useParams().collectionId ?? '';
  return (
    <CollectionPage
      key={id}
      collectionId={id}
      renderBookmark={(c) => (
        <AddBookmarkButton
          collectionId={c.id}
          collectionName={c.display_name ?? c.id}
          path={c.default_directory || '/'}
          label="Bookmark"
        />
      )}
    />
  );
}
