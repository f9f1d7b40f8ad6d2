import type { AuthClient } from '@/lib/auth/auth-client';
import { routes } from '@/app/router';
import { createFakeHttp, type FakeRoute } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

const MONITORED_NONE: FakeRoute = {
  path: 'endpoint_manager/monitored_endpoints',
  reply: () => ({ DATA_TYPE: 'endpoint_list', DATA: [] }),
};

/**
 * Asked last: the collection picker's suggestions before any typing (recent, then own collections) find
 * nothing, as for a new user, unless a test answers `endpoint_search` itself.
 */
const NEW_USER_SUGGESTIONS: FakeRoute = {
  path: 'endpoint_search',
  reply: (req) => {
    const scope = req.query?.filter_scope;
    if (req.query?.filter_fulltext !== undefined || (scope !== 'recently-used' && scope !== 'my-endpoints'))
      throw new Error(`Unexpected collection search ${JSON.stringify(req.query)}`);
    return { DATA_TYPE: 'endpoint_list', offset: 0, limit: 10, has_next_page: false, DATA: [] };
  },
};

/** Asked last too: the picker's Search tab shows bookmarks before any typing; a new user has none. */
const NO_BOOKMARKS: FakeRoute = { path: 'bookmark_list', reply: () => ({ DATA_TYPE: 'bookmark_list', DATA: [] }) };

/** The whole app (real routes, fake services) at a given hash route. */
export function renderApp(entry: string, fakeRoutes: FakeRoute[], authOverrides: Partial<AuthClient> = {}) {
  // The navigation asks which endpoints the user administers; by default none (no console link).
  const { http, calls } = createFakeHttp([...fakeRoutes, MONITORED_NONE, NEW_USER_SUGGESTIONS, NO_BOOKMARKS]);
  const { router, auth } = renderWithServices({ routes, entry, http, auth: authOverrides });
  return { router, auth, calls };
}
