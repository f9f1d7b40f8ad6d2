import { useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { resultsOf, useSearchCollections, type CollectionSearch } from '@/features/collections/api/search-collections';
import { CollectionRow } from '@/features/collections/components/collection-row';
import { ScopeTabs } from '@/features/collections/components/scope-tabs';
import { SearchStatus, ShowMore } from '@/features/collections/components/search-status';
import { useSuggestions } from '@/features/collections/components/use-suggestions';
import { PAGE_SCOPES, SCOPES, isSearchScope, type SearchScope } from '@/features/collections/lib/search-scopes';
import { TYPE_FILTERS, isTypeFilter } from '@/features/collections/lib/type-filters';
import { useDebounced } from '@/features/collections/lib/use-debounced';

const PAGE_SIZE = 100;
const TABS = PAGE_SCOPES.map((id) => ({ id, label: SCOPES[id].label }));

/**
 * `#/collections?scope=&q=&type=`: every search scope Transfer offers, a kind filter and paging to the result
 * cap. The address holds the search, so Back returns to it and it can be shared.
 */
export function CollectionsPage() {
  const baseId = useId();
  const [params, setParams] = useSearchParams();
  const scopeParam = params.get('scope');
  const typeParam = params.get('type');
  const scope: SearchScope = isSearchScope(scopeParam) ? scopeParam : 'all';
  const types = isTypeFilter(typeParam) ? typeParam : 'any';
  const urlQuery = params.get('q') ?? '';
  const [text, setText] = useState(urlQuery);
  const settled = useDebounced(text.trim(), 300);
  // An emptied box counts at once: only typing is debounced.
  const query = text.trim() ? settled : '';

  // Back or a link may change the address under us: the box follows it.
  const [seenUrlQuery, setSeenUrlQuery] = useState(urlQuery);
  if (urlQuery !== seenUrlQuery) {
    setSeenUrlQuery(urlQuery);
    if (urlQuery !== query) setText(urlQuery);
  }

  // The typed text reaches the address once it settles (replacing, so Back is not one step per word).
  useEffect(() => {
    setParams(
      (prev) => {
        if ((prev.get('q') ?? '') === query) return prev;
        const next = new URLSearchParams(prev);
        if (query) next.set('q', query);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [query, setParams]);

  const set = (key: 'scope' | 'type' | 'q', value: string, replace = false) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace },
    );

  const criteria: CollectionSearch = { scope, q: urlQuery, types };
  const search = useSearchCollections(criteria, PAGE_SIZE);
  const idle = scope === 'all' && !urlQuery;
  const suggestions = useSuggestions(idle);
  const results = resultsOf(search.data);
  const idFor = (id: SearchScope) => ({ tab: `${baseId}-tab-${id}`, panel: `${baseId}-panel` });

  return (
    <div className="mx-auto flex w-full max-w-4xl flex-col gap-4 overflow-auto p-4 sm:p-6">
      <h1 className="text-xl font-semibold text-slate-900">Collections</h1>
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={`${baseId}-q`} className="text-sm font-medium text-slate-700">
            Search collections
          </label>
          <input
            id={`${baseId}-q`}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Name, owner, organisation, keyword…"
            className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${baseId}-type`} className="text-sm font-medium text-slate-700">
            Kind
          </label>
          <select
            id={`${baseId}-type`}
            value={types}
            onChange={(e) => set('type', e.target.value)}
            className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm"
          >
            {TYPE_FILTERS.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ScopeTabs tabs={TABS} selected={scope} onSelect={(id) => set('scope', id)} idFor={idFor} label="Scope" />
      <section
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={idFor(scope).tab}
        className="flex flex-col gap-3"
      >
        {idle ? (
          <>
            <p className="text-sm text-slate-700">{SCOPES.all.empty}</p>
            {suggestions.title ? (
              <>
                <h2 className="text-base font-semibold text-slate-900">{suggestions.title}</h2>
                <ul aria-label={suggestions.title} className="rounded-md border border-slate-200 bg-white shadow-sm">
                  {suggestions.results.map((c) => (
                    <CollectionRow key={c.id} collection={c} />
                  ))}
                </ul>
              </>
            ) : null}
          </>
        ) : (
          <>
            <SearchStatus
              search={search}
              count={results.length}
              query={urlQuery}
              noun={SCOPES[scope].noun}
              emptyText={SCOPES[scope].empty}
              onClearQuery={() => {
                setText('');
                document.getElementById(`${baseId}-q`)?.focus();
              }}
            />
            {results.length ? (
              <ul aria-label="Results" className="rounded-md border border-slate-200 bg-white shadow-sm">
                {results.map((c) => (
                  <CollectionRow key={c.id} collection={c} />
                ))}
              </ul>
            ) : null}
            <ShowMore search={search} pageSize={PAGE_SIZE} />
          </>
        )}
      </section>
    </div>
  );
}
