import { resultsOf, useSearchCollections } from '@/features/collections/api/search-collections';
import { CollectionRow } from '@/features/collections/components/collection-row';
import { SearchStatus, ShowMore } from '@/features/collections/components/search-status';

const PAGE_SIZE = 100;

/** A GCSv5 endpoint's collections (those the caller can use): the endpoint is their container. */
export function HostedCollections({ endpointId }: { endpointId: string }) {
  const search = useSearchCollections({ scope: 'all', q: '', types: 'any', host: endpointId }, PAGE_SIZE);
  const results = resultsOf(search.data);
  return (
    <section aria-labelledby="hosted-title" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id="hosted-title" className="mb-2 text-base font-semibold text-slate-900">
        Collections on this endpoint
      </h2>
      <SearchStatus
        search={search}
        count={results.length}
        query=""
        noun="Collections you can use"
        emptyText="You can use none of this endpoint’s collections."
        onClearQuery={() => {}}
      />
      {results.length ? (
        <ul aria-label="Collections on this endpoint" className="mt-2 rounded-md border border-slate-200">
          {results.map((c) => (
            <CollectionRow key={c.id} collection={c} />
          ))}
        </ul>
      ) : null}
      <ShowMore search={search} pageSize={PAGE_SIZE} />
    </section>
  );
}
