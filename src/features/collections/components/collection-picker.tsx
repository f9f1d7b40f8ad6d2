import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { describeError } from '@/lib/globus/describe-error';
import { Spinner } from '@/components/ui/spinner';
import { SEARCH_LIMIT, useSearchCollections } from '@/features/collections/api/search-collections';
import { CollectionOption } from '@/features/collections/components/collection-option';

export type ChosenCollection = { id: string; display_name: string };

/** Search box + results as an APG combobox: arrows move through results, Enter chooses. */
export function CollectionPicker({ onChoose, autoFocus = false }: { onChoose: (c: ChosenCollection) => void; autoFocus?: boolean }) {
  const baseId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  // Debounced so each keystroke does not become a search request.
  useEffect(() => {
    const t = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);

  const search = useSearchCollections(query);
  const results: Endpoint[] = query ? (search.data?.DATA ?? []) : [];
  useEffect(() => setActive(0), [search.data]);

  const choose = (c: Endpoint | undefined) => {
    if (c) onChoose({ id: c.id, display_name: c.display_name ?? c.id });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter') choose(results[active]);
    else return;
    e.preventDefault();
  };

  const listId = `${baseId}-results`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const open = results.length > 0;

  return (
    <div className="flex w-full max-w-2xl flex-col gap-2">
      <label htmlFor={`${baseId}-input`} className="text-sm font-medium text-slate-700">
        Search collections
      </label>
      <input
        id={`${baseId}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? optionId(active) : undefined}
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Name, owner, organisation, keyword…"
        className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30"
      />
      <div aria-live="polite" className="min-h-5 text-xs text-slate-600">
        {!query ? 'Type to search for a collection by name, owner or keyword.' : null}
        {query && search.isFetching ? <Spinner label="Searching" /> : null}
        {query && search.isSuccess && !search.isFetching
          ? results.length === 0
            ? `No collections match “${query}”.`
            : `${results.length} collection${results.length === 1 ? '' : 's'}${
                search.data.has_next_page ? ` (the first ${SEARCH_LIMIT}; refine the search to see others)` : ''
              }`
          : null}
      </div>
      {query && search.isError ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          <strong>{describeError(search.error).title}.</strong> {describeError(search.error).detail}
        </p>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label="Collections"
        hidden={!open}
        className="max-h-[60vh] overflow-auto rounded-md border border-slate-200 bg-white shadow-sm"
      >
        {results.map((c, i) => (
          <CollectionOption
            key={c.id}
            id={optionId(i)}
            collection={c}
            active={i === active}
            onChoose={() => choose(c)}
            onHover={() => setActive(i)}
          />
        ))}
      </ul>
    </div>
  );
}
