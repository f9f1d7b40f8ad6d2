import type { EndpointSearchScope } from '@/lib/globus/transfer-types';

/**
 * The `endpoint_search` `filter_scope` values people choose between (docs/protocol/transfer.md#endpoint-search);
 * `hide-no-permissions` is left out: it is a refinement of `all`, not a place to look.
 */
export type SearchScope = Exclude<EndpointSearchScope, 'hide-no-permissions'>;

export type ScopeInfo = {
  id: SearchScope;
  label: string;
  /** Shown when the scope holds nothing (no search text). */
  empty: string;
  /** What the results are, to name them with search text: "Your collections matching “x”". */
  noun: string;
};

export const SCOPES: Record<SearchScope, ScopeInfo> = {
  all: {
    id: 'all',
    label: 'All collections',
    empty: 'Type to search every collection by name, owner, organisation or keyword.',
    noun: 'Collections',
  },
  'recently-used': {
    id: 'recently-used',
    label: 'Recently used',
    empty: 'No collections used recently. Collections you open or transfer with show up here.',
    noun: 'Recently used collections',
  },
  'my-endpoints': {
    id: 'my-endpoints',
    label: 'My collections',
    empty: 'You own no collections.',
    noun: 'Your collections',
  },
  'my-gcp-endpoints': {
    id: 'my-gcp-endpoints',
    label: 'My personal collections',
    empty: 'You have no Globus Connect Personal collections.',
    noun: 'Your personal collections',
  },
  'in-use': {
    id: 'in-use',
    label: 'In use',
    empty: 'None of your active tasks uses a collection right now.',
    noun: 'Collections in use',
  },
  'shared-with-me': {
    id: 'shared-with-me',
    label: 'Shared with me',
    empty: 'No collections are shared with you.',
    noun: 'Collections shared with you',
  },
  'shared-by-me': {
    id: 'shared-by-me',
    label: 'Shared by me',
    empty: 'You share no guest collections.',
    noun: 'Collections you share',
  },
  'administered-by-me': {
    id: 'administered-by-me',
    label: 'Administered by me',
    empty: 'You administer no collections.',
    noun: 'Collections you administer',
  },
};

/** Every scope, in the order the collections page offers them. */
export const PAGE_SCOPES: readonly SearchScope[] = [
  'all',
  'my-endpoints',
  'my-gcp-endpoints',
  'recently-used',
  'in-use',
  'shared-with-me',
  'shared-by-me',
  'administered-by-me',
];

export const isSearchScope = (value: string | null): value is SearchScope =>
  value !== null && (PAGE_SCOPES as readonly string[]).includes(value);

export type PickerTab = { id: SearchScope | 'bookmarks'; label: string; empty: string };

/** The file manager's picker: where people look for a collection to open. */
export const PICKER_TABS: readonly PickerTab[] = [
  { id: 'all', label: 'Search', empty: SCOPES.all.empty },
  { id: 'recently-used', label: 'Recent', empty: SCOPES['recently-used'].empty },
  { id: 'bookmarks', label: 'Bookmarks', empty: '' },
  { id: 'my-endpoints', label: 'My collections', empty: SCOPES['my-endpoints'].empty },
  { id: 'my-gcp-endpoints', label: 'My personal', empty: SCOPES['my-gcp-endpoints'].empty },
  { id: 'shared-with-me', label: 'Shared with me', empty: SCOPES['shared-with-me'].empty },
  { id: 'administered-by-me', label: 'Administered by me', empty: SCOPES['administered-by-me'].empty },
];
