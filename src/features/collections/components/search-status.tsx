import { describeError } from '@/lib/globus/describe-error';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { RESULT_CAP, hitCap, type CollectionSearchResult } from '@/features/collections/api/search-collections';

/**
 * What a search shows about itself: busy, how many, what text narrows it (with a way to drop the text, so
 * a scope never silently keeps filtering by something typed for another), its error, and "Show more".
 */
export function SearchStatus({
  search,
  count,
  query,
  noun,
  emptyText,
  onClearQuery,
}: {
  search: CollectionSearchResult;
  count: number;
  query: string;
  /** What the results are: "Your collections". */
  noun: string;
  /** Shown when the scope holds nothing and no text narrows it. */
  emptyText: string;
  onClearQuery: () => void;
}) {
  const done = search.isSuccess && !search.isFetching;
  const error = search.isError ? describeError(search.error) : null;
  const countText = query ? `${noun} matching “${query}”: ${count || 'none'}` : count ? `${noun}: ${count}` : emptyText;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex min-h-7 flex-wrap items-center gap-x-3 gap-y-1">
        <p aria-live="polite" className="text-sm text-slate-700">
          {search.isFetching && !search.isFetchingNextPage ? <Spinner label="Searching" /> : null}
          {done ? countText : null}
        </p>
        <ClearQuery query={query} onClear={onClearQuery} />
      </div>
      {error ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          <strong>{error.title}.</strong> {error.detail}
        </p>
      ) : null}
    </div>
  );
}

/** Drops the search text; nothing when there is none. */
export function ClearQuery({ query, onClear }: { query: string; onClear: () => void }) {
  if (!query) return null;
  return (
    <Button size="sm" variant="secondary" onClick={onClear}>
      Clear search “{query}”
    </Button>
  );
}

/** "Show more" while Transfer has more pages; past its result cap, a plain word to narrow the search. */
export function ShowMore({ search, pageSize }: { search: CollectionSearchResult; pageSize: number }) {
  if (search.hasNextPage)
    return (
      <div>
        <Button
          size="sm"
          disabled={search.isFetchingNextPage}
          onClick={() => {
            void search.fetchNextPage();
          }}
        >
          {search.isFetchingNextPage ? 'Loading more…' : `Show ${pageSize} more`}
        </Button>
      </div>
    );
  if (hitCap(search))
    return (
      <p className="text-xs text-slate-600">
        Transfer lists at most {RESULT_CAP} results for one search; narrow it (more words, another scope or kind) to
        find others.
      </p>
    );
  return null;
}
