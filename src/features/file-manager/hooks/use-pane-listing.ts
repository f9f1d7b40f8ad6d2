import { useDeferredValue, useEffect, useLayoutEffect, useMemo } from 'react';
import type { FileEntry } from '@/lib/globus/transfer-types';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { useListDirectory } from '@/features/file-manager/api/list-directory';
import { useFileManager, useFileManagerStore } from '@/features/file-manager/hooks/use-file-manager';
import { useCollectionName } from '@/components/collection-name/use-collection-name';
import { effectiveSort, sortEntries } from '@/features/file-manager/lib/sort-entries';
import { filterEntries } from '@/features/file-manager/lib/filter-entries';
import { isGuestCollection } from '@/lib/globus/sharing-hosts';
import { rememberGuestFolder } from '@/lib/storage/guest-folders';
import type { PaneListing } from '@/features/file-manager/model/file-manager-state';
import type { PaneSide } from '@/features/file-manager/model/pane-side';
import { nameIndex, type NameIndex } from '@/features/file-manager/model/selection';

const NO_ENTRIES: never[] = [];

/** One name index per shown list, so coming back to a folder or a sort does not rebuild it. */
const namesCache = new WeakMap<readonly FileEntry[], NameIndex>();
function namesOf(entries: readonly FileEntry[]): NameIndex {
  let names = namesCache.get(entries);
  if (!names) namesCache.set(entries, (names = nameIndex(entries.map((e) => e.name))));
  return names;
}

/**
 * A pane's folder as shown: the listing query, sorted and filtered by the prefs and the pane's
 * filter. Published to the store whenever it changes (never on a cursor move), so commands, the
 * function-key bar and the other pane's compare marks can read it.
 */
export function usePaneListing(
  side: PaneSide,
  collectionName: string | null | undefined,
  collection: Endpoint | undefined,
) {
  const store = useFileManagerStore();
  const { collectionId, path, filter } = useFileManager((s) => s.panes[side]);
  const prefs = useFileManager((s) => s.prefs[side]);
  const ls = useListDirectory(collectionId, path);
  const name = useCollectionName(collectionId, collectionName);
  const data = ls.data;
  // With no path in the route, the listing tells us where Transfer put us (default/home folder).
  const shownPath = path !== '' ? path : (!ls.isPlaceholderData && data?.path) || '';

  // The stored sort survives switching the optional columns off, so switching them back restores it.
  const wanted = useMemo(() => effectiveSort(prefs.sort, prefs.showOwnerColumns), [prefs.sort, prefs.showOwnerColumns]);
  // A new sort of a 100,000-entry folder takes a moment: the pane first shows that it is sorting
  // (the old order stays, marked busy), then the rows and the header's sort change together.
  const sort = useDeferredValue(wanted);
  const sorting = sort !== wanted;
  const sorted = useMemo(() => (data ? sortEntries(data.DATA, sort) : NO_ENTRIES), [data, sort]);
  const entries = useMemo(() => filterEntries(sorted, prefs.showHidden, filter), [sorted, prefs.showHidden, filter]);
  const names = useMemo(() => namesOf(entries), [entries]);

  const listed = Boolean(data) && !ls.isError && !ls.isPlaceholderData;
  const listing = useMemo<PaneListing>(
    () => ({
      collectionId,
      collectionName: name,
      collection,
      path: data?.path ?? shownPath,
      shownPath,
      listed,
      entries,
      names,
    }),
    [collection, collectionId, name, data?.path, entries, listed, names, shownPath],
  );
  useLayoutEffect(() => store.dispatch({ type: 'listing', side, listing }), [store, side, listing]);
  // Only the Refresh command reads it: after paint, and apart from the listing, so no extra render delays the rows.
  const fetching = ls.isFetching;
  useEffect(() => store.dispatch({ type: 'fetching', side, fetching }), [store, side, fetching]);
  useLayoutEffect(() => () => store.dispatch({ type: 'listing', side, listing: null }), [store, side]);
  // A folder a guest collection let the user list is where to open it next time (its root may be closed to them).
  const guestFolder =
    listed && isGuestCollection(collection?.entity_type) && data?.path !== '/' ? (data?.path ?? '') : '';
  useEffect(() => {
    if (guestFolder) void rememberGuestFolder(collectionId, guestFolder);
  }, [collectionId, guestFolder]);

  return { ls, listing, sort, sorting, prefs, filter };
}
