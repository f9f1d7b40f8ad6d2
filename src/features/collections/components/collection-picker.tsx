import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { resultsOf, useSearchCollections, type CollectionSearch } from '@/features/collections/api/search-collections';
import { CollectionResults } from '@/features/collections/components/collection-results';
import { ScopeTabs } from '@/features/collections/components/scope-tabs';
import { ClearQuery, SearchStatus, ShowMore } from '@/features/collections/components/search-status';
import { useSuggestions } from '@/features/collections/components/use-suggestions';
import { PICKER_TABS, SCOPES, type PickerTab, type SearchScope } from '@/features/collections/lib/search-scopes';
import { useDebounced } from '@/features/collections/lib/use-debounced';

/** What the chooser needs to open it well: a guest collection shared with the user may not open at its root. */
export type ChosenCollection = {
  id: string;
  display_name: string;
  entity_type?: string | null;
  my_effective_roles?: readonly string[] | null;
};
type TabId = PickerTab['id'];

const PAGE_SIZE = 25;

type Props = {
  onChoose: (c: ChosenCollection) => void;
  autoFocus?: boolean;
  /** The tab shown first; 'all' (plain search) unless told. */
  initialTab?: TabId;
  /**
   * Contents of the Bookmarks tab, given the search text as a filter. Bookmarks are another feature,
   * so the app layer passes them in; without this prop the tab is not shown.
   */
  renderBookmarks?: (filter: string) => ReactNode;
  /** Offers Globus's own collection browser instead (a round trip through its helper page). */
  onChooseWithGlobus?: () => void;
  /** Other places to open beside the search (e.g. a folder on this computer), given by the app layer. */
  extraChoices?: ReactNode;
};

/**
 * Search box + scope tabs + results. The box is an APG combobox (↓/↑ move through results, Enter chooses the
 * highlighted one, or the first when none is) whose text narrows whichever tab is selected — said in so many
 * words, with a button to drop it. Before any typing the Search tab suggests recent or own collections.
 */
export function CollectionPicker({
  onChoose,
  autoFocus = false,
  initialTab = 'all',
  renderBookmarks,
  onChooseWithGlobus,
  extraChoices,
}: Props) {
  const baseId = useId();
  const tabs = renderBookmarks ? PICKER_TABS : PICKER_TABS.filter((t) => t.id !== 'bookmarks');
  const [tab, setTab] = useState<TabId>(initialTab);
  const [text, setText] = useState('');
  // Debounced so each keystroke does not become a search request.
  const query = useDebounced(text.trim(), 250);
  const inputRef = useRef<HTMLInputElement>(null);

  const scope: SearchScope = tab === 'bookmarks' ? 'all' : tab;
  const searching = tab !== 'bookmarks';
  const idle = tab === 'all' && !query;
  const criteria: CollectionSearch = { scope, q: searching ? query : '', types: 'browsable' };
  const search = useSearchCollections(criteria, PAGE_SIZE);
  const suggestions = useSuggestions(idle);
  const results: Endpoint[] = !searching ? [] : idle ? suggestions.results : resultsOf(search.data);

  // The highlighted option: none until an arrow key moves, and none again whenever the results or tab change.
  const shown = idle ? suggestions.source : search.data;
  const [cursor, setCursor] = useState({ index: -1, shown, tab });
  const active = cursor.shown === shown && cursor.tab === tab ? cursor.index : -1;
  const setActive = (index: number) => setCursor({ index, shown, tab });
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const choose = (c: Endpoint | undefined) => {
    if (c)
      onChoose({
        id: c.id,
        display_name: c.display_name ?? c.id,
        entity_type: c.entity_type,
        my_effective_roles: c.my_effective_roles,
      });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowDown') setActive(Math.min(active + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
    else if (e.key === 'Enter') choose(results[Math.max(active, 0)]);
    else return;
    e.preventDefault();
  };
  const clearQuery = () => {
    setText('');
    inputRef.current?.focus();
  };

  const idFor = (id: TabId) => ({ tab: `${baseId}-tab-${id}`, panel: `${baseId}-panel-${id}` });
  const listId = `${baseId}-results`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const open = results.length > 0;
  const current = tabs.find((t) => t.id === tab) ?? tabs[0]!;

  const listbox = (label: string) => (
    <CollectionResults
      results={results}
      label={label}
      listId={listId}
      optionId={optionId}
      active={active}
      setActive={setActive}
      onChoose={choose}
      onKeyDown={onKeyDown}
    />
  );

  return (
    <div className="flex w-full max-w-2xl flex-col gap-2">
      <label htmlFor={`${baseId}-input`} className="text-sm font-medium text-slate-700">
        Search collections
      </label>
      <input
        ref={inputRef}
        id={`${baseId}-input`}
        type="search"
        role="combobox"
        aria-expanded={open}
        aria-controls={searching ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${baseId}-hint`}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Name, owner, organisation, keyword…"
        className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30"
      />
      <p id={`${baseId}-hint`} className="text-xs text-slate-600">
        The text narrows the selected tab. ↓ and ↑ move through the results, Enter opens one.
      </p>
      {onChooseWithGlobus ? (
        <div>
          <button
            type="button"
            onClick={onChooseWithGlobus}
            className="text-sm text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600"
          >
            Choose with Globus…
          </button>
        </div>
      ) : null}
      {extraChoices}
      <ScopeTabs tabs={tabs} selected={tab} onSelect={setTab} idFor={idFor} />
      {tabs.map((t) => (
        <div
          key={t.id}
          id={idFor(t.id).panel}
          role="tabpanel"
          aria-labelledby={idFor(t.id).tab}
          hidden={t.id !== tab}
          className="flex flex-col gap-2"
        >
          {t.id !== tab ? null : t.id === 'bookmarks' ? (
            <>
              {query ? (
                <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
                  <p>Bookmarks matching “{query}”</p>
                  <ClearQuery query={query} onClear={clearQuery} />
                </div>
              ) : null}
              {renderBookmarks?.(query)}
            </>
          ) : idle ? (
            <>
              <p className="text-sm text-slate-700">{SCOPES.all.empty}</p>
              {suggestions.title ? (
                <h3 className="mt-1 text-sm font-semibold text-slate-900">{suggestions.title}</h3>
              ) : null}
              {listbox(suggestions.title ?? 'Collections')}
              {renderBookmarks ? (
                <>
                  <h3 className="mt-1 text-sm font-semibold text-slate-900">Bookmarks</h3>
                  {renderBookmarks('')}
                </>
              ) : null}
            </>
          ) : (
            <>
              <SearchStatus
                search={search}
                count={results.length}
                query={query}
                noun={tab === 'all' ? 'Collections' : SCOPES[scope].noun}
                emptyText={current.empty}
                onClearQuery={clearQuery}
              />
              {listbox('Collections')}
              <ShowMore search={search} pageSize={PAGE_SIZE} />
            </>
          )}
        </div>
      ))}
    </div>
  );
}
