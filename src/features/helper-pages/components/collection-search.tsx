import { useEffect, useId, useState } from 'react';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useServices } from '@/components/services/services-context';
import { Spinner } from '@/components/ui/spinner';
import { describeError } from '@/lib/globus/describe-error';
import type { GlobusHttp } from '@/lib/globus/http';
import { endpointSearch } from '@/lib/globus/transfer';
import type { Endpoint } from '@/lib/globus/transfer-types';

/** Text finds collections by name, owner or keyword; without text, the recently used ones. */
const collectionSearchQuery = (http: GlobusHttp, q: string) =>
  queryOptions({
    queryKey: ['helper-pages', 'collections', q],
    queryFn: ({ signal }) =>
      endpointSearch(
        http,
        q
          ? { filter_fulltext: q, filter_non_functional: false, limit: 25 }
          : { filter_scope: 'recently-used', limit: 25 },
        { signal },
      ),
  });

/** A search box and the matching collections (endpoints hold no files, so they are left out). */
export function CollectionSearch({ onChoose }: { onChoose: (c: Endpoint) => void }) {
  const { http } = useServices();
  const id = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const t = setTimeout(() => setQ(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);
  const search = useQuery(collectionSearchQuery(http, q));
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Search collections
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Name, owner, keyword…"
        className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm"
      />
      {search.isError ? (
        <p role="alert" className="text-sm text-red-800">
          {describeError(search.error).detail}
        </p>
      ) : search.isPending ? (
        <Spinner label="Searching" />
      ) : (
        <ul className="flex flex-col gap-1" aria-label={q ? 'Matching collections' : 'Recently used collections'}>
          {search.data.DATA.length === 0 ? <li className="text-sm text-slate-600">No collection matches.</li> : null}
          {search.data.DATA.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                onClick={() => onChoose(c)}
                className="w-full rounded border border-slate-200 bg-white px-3 py-1.5 text-left text-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600"
              >
                <span className="font-medium">{c.display_name ?? c.id}</span>
                {c.owner_string ? <span className="ml-2 text-xs text-slate-600">{c.owner_string}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
