import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { useSearchCollections } from '@/features/collections/api/search-collections';
import { CollectionResults } from '@/features/collections/components/collection-results';
import { ScopeTabs } from '@/features/collections/components/scope-tabs';
import { PICKER_TABS, type PickerTab, type SearchScope } from '@/features/collections/lib/search-scopes';

export type ChosenCollection = { id: string; display_name: string };
type TabId = PickerTab['id'];

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
};

/**
 * Search box + scope tabs + results. The box is an APG combobox (arrows move through results, Enter
 * chooses) whose text narrows whichever tab is selected; the tabs follow the APG tabs pattern.
 */
export function CollectionPicker({
  onChoose,
  autoFocus = false,
  initialTab = 'all',
  renderBookmarks,
  onChooseWithGlobus,
}: Props) {
  const baseId = useId();
  const tabs = renderBookmarks ? PICKER_TABS : PICKER_TABS.filter((t) => t.id !== 'bookmarks');
  const [tab, setTab] = useState<TabId>(initialTab);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);

  // Debounced so each keystroke does not become a search request.
  useEffect(() => {
    const t = setTimeout(() => setQuery(text.trim()), 250);
    return () => clearTimeout(t);
  }, [text]);

  const scope: SearchScope = tab === 'bookmarks' ? 'all' : tab;
  const searching = tab !== 'bookmarks';
  const search = useSearchCollections(scope, searching ? query : '');
  const idle = searching && scope === 'all' && !query;
  const results: Endpoint[] = searching && !idle ? (search.data?.DATA ?? []) : [];
  // The highlighted option, back on the first whenever the results or the tab change.
  const [cursor, setCursor] = useState({ index: 0, data: search.data, tab });
  const active = cursor.data === search.data && cursor.tab === tab ? cursor.index : 0;
  const setActive = (index: number) => setCursor({ index, data: search.data, tab });
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  const choose = (c: Endpoint | undefined) => {
    if (c) onChoose({ id: c.id, display_name: c.display_name ?? c.id });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'ArrowDown') setActive(Math.min(active + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
    else if (e.key === 'Enter') choose(results[active]);
    else return;
    e.preventDefault();
  };

  const idFor = (id: TabId) => ({ tab: `${baseId}-tab-${id}`, panel: `${baseId}-panel-${id}` });
  const listId = `${baseId}-results`;
  const optionId = (i: number) => `${baseId}-option-${i}`;
  const open = results.length > 0;
  const current = tabs.find((t) => t.id === tab) ?? tabs[0]!;

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
        aria-activedescendant={open ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder="Name, owner, organisation, keyword…"
        className="h-9 rounded-md border border-slate-300 bg-white px-3 text-sm shadow-xs focus:border-blue-600 focus:outline-2 focus:outline-blue-600/30"
      />
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
            renderBookmarks?.(query)
          ) : (
            <CollectionResults
              search={search}
              results={results}
              query={query}
              emptyText={current.empty}
              idleText={idle ? current.empty : null}
              listId={listId}
              optionId={optionId}
              active={active}
              setActive={setActive}
              onChoose={choose}
              onKeyDown={onKeyDown}
            />
          )}
        </div>
      ))}
    </div>
  );
}
