// The pane header, the bookmarks list and the consent check all read a collection's document: across
// features it is one cache entry, so one GET serves all three.
import type { ReactNode } from 'react';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeAuth, createFakeHttp, setUpComponentTests, TEST_CONFIG, TestProviders } from '@/test/fake-services';
import { usePaneCollection } from '@/app/routes/use-pane-collection';
import { useConsentCollections } from '@/features/activity/api/consent-collections';
import { useBookmarkTargets } from '@/features/bookmarks/api/bookmark-collections';

setUpComponentTests();

const COLLECTION = {
  DATA_TYPE: 'endpoint',
  id: 'c-1',
  display_name: 'Lab Storage',
  entity_type: 'GCSv5_mapped_collection',
};

describe('the endpoint document', () => {
  it('is fetched once for the pane, the bookmarks and the consent check', async () => {
    const { http, calls } = createFakeHttp([{ path: /^endpoint\/c-1$/, reply: () => COLLECTION }]);
    const wrapper = ({ children }: { children: ReactNode }) => (
      <TestProviders services={{ config: TEST_CONFIG, auth: createFakeAuth(), http }}>{children}</TestProviders>
    );
    const { result } = renderHook(
      () => ({
        pane: usePaneCollection('c-1'),
        bookmarks: useBookmarkTargets(['c-1']),
        consent: useConsentCollections(['c-1'], true),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.pane.isSuccess).toBe(true));
    expect(result.current.bookmarks.get('c-1')).toEqual({ state: 'ok', name: 'Lab Storage' });
    expect(result.current.consent).toEqual(['c-1']);
    expect(calls.map((c) => c.path)).toEqual(['endpoint/c-1']);
  });
});
