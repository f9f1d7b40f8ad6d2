import type { ReactNode } from 'react';
import { CollectionPicker, type ChosenCollection } from '@/features/collections/components/collection-picker';
import { BookmarkList } from '@/features/bookmarks/components/bookmark-list';
import { LocalFolderChoice } from '@/components/local-files/local-folder-choice';

/** The picker as the main content of a pane area, with an optional note above it (e.g. why we are here). */
export function ChooseCollection({
  onChoose,
  note,
  actions,
  label = 'Choose a collection',
  onOpenLocation,
  onChooseWithGlobus,
  onOpenLocalFolder,
}: {
  /** Offers "This computer…": a folder picked on this computer opens as `local:<key>`. */
  onOpenLocalFolder?: (collectionId: string) => void;
  onChooseWithGlobus?: () => void;
  label?: string;
  /** Opening a bookmark goes straight to its folder. */
  onOpenLocation?: (collectionId: string, path: string) => void;
  onChoose: (c: ChosenCollection) => void;
  note?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section aria-label={label} className="flex min-h-0 flex-1 flex-col gap-4 overflow-auto p-4 sm:p-6">
      <div className="flex items-center gap-3">
        <h2 className="text-lg font-semibold text-slate-900">{label}</h2>
        <div className="ml-auto">{actions}</div>
      </div>
      {note}
      <CollectionPicker
        onChoose={onChoose}
        {...(onChooseWithGlobus ? { onChooseWithGlobus } : {})}
        extraChoices={onOpenLocalFolder ? <LocalFolderChoice onOpen={onOpenLocalFolder} /> : undefined}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- choosing a collection is all this view is for: its search box starts with the keyboard
        autoFocus
        {...(onOpenLocation
          ? { renderBookmarks: (filter: string) => <BookmarkList filter={filter} onOpen={onOpenLocation} /> }
          : {})}
      />
    </section>
  );
}
