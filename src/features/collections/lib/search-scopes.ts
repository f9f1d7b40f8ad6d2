/** Picker tabs and the `endpoint_search` `filter_scope` each one sends (docs/protocol/transfer.md#endpoint-search). */
export type SearchScope = 'all' | 'recently-used' | 'my-endpoints' | 'shared-with-me' | 'administered-by-me';

export type PickerTab = { id: SearchScope | 'bookmarks'; label: string; empty: string };

export const PICKER_TABS: readonly PickerTab[] = [
  { id: 'all', label: 'Search', empty: 'Type to search for a collection by name, owner or keyword.' },
  { id: 'recently-used', label: 'Recent', empty: 'No collections used recently.' },
  { id: 'bookmarks', label: 'Bookmarks', empty: '' },
  { id: 'my-endpoints', label: 'My collections', empty: 'You own no collections.' },
  { id: 'shared-with-me', label: 'Shared with me', empty: 'No collections are shared with you.' },
  { id: 'administered-by-me', label: 'Administered by me', empty: 'You administer no collections.' },
];
