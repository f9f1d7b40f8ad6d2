import type { KeyboardEvent } from 'react';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { describeError } from '@/lib/globus/describe-error';
import { Spinner } from '@/components/ui/spinner';
import { SEARCH_LIMIT, type useSearchCollections } from '@/features/collections/api/search-collections';
import { CollectionOption } from '@/features/collections/components/collection-option';

type Search = ReturnType<typeof useSearchCollections>;

/** Status line, error and the listbox of one tab's search results. */
export function CollectionResults({
  search,
  results,
  query,
  emptyText,
  idleText,
  listId,
  optionId,
  active,
  setActive,
  onChoose,
  onKeyDown,
}: {
  search: Search;
  results: Endpoint[];
  query: string;
  /** Shown when the search ran and found nothing. */
  emptyText: string;
  /** Shown when no search runs yet (the Search tab without text). */
  idleText: string | null;
  listId: string;
  optionId: (i: number) => string;
  active: number;
  setActive: (i: number) => void;
  onChoose: (c: Endpoint) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}) {
  const open = results.length > 0;
  const done = search.isSuccess && !search.isFetching;
  return (
    <>
      <div aria-live="polite" className="min-h-5 text-xs text-slate-600">
        {idleText}
        {!idleText && search.isFetching ? <Spinner label="Searching" /> : null}
        {!idleText && done
          ? results.length === 0
            ? query
              ? `No collections match “${query}”.`
              : emptyText
            : `${results.length} collection${results.length === 1 ? '' : 's'}${
                search.data.has_next_page ? ` (the first ${SEARCH_LIMIT}; refine the search to see others)` : ''
              }`
          : null}
      </div>
      {!idleText && search.isError ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          <strong>{describeError(search.error).title}.</strong> {describeError(search.error).detail}
        </p>
      ) : null}
      {/* Focusable too, so a keyboard user who tabs past the tabs can still move through results. */}
      <ul
        id={listId}
        role="listbox"
        aria-label="Collections"
        aria-activedescendant={open ? optionId(active) : undefined}
        tabIndex={open ? 0 : -1}
        hidden={!open}
        onKeyDown={onKeyDown}
        className="max-h-[60vh] overflow-auto rounded-md border border-slate-200 bg-white shadow-sm focus-visible:outline-2 focus-visible:outline-blue-600"
      >
        {results.map((c, i) => (
          <CollectionOption
            key={c.id}
            id={optionId(i)}
            collection={c}
            active={i === active}
            onChoose={() => onChoose(c)}
            onHover={() => setActive(i)}
          />
        ))}
      </ul>
    </>
  );
}
