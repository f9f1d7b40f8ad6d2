import type { AuthClient } from '@/lib/auth/auth-client';
import { routes } from '@/app/router';
import { createFakeHttp, type FakeRoute } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

const MONITORED_NONE: FakeRoute = {
  path: 'endpoint_manager/monitored_endpoints',
  reply: () => ({ DATA_TYPE: 'endpoint_list', DATA: [] }),
};

/** The whole app (real routes, fake services) at a given hash route. */
export function renderApp(entry: string, fakeRoutes: FakeRoute[], authOverrides: Partial<AuthClient> = {}) {
  // The navigation asks which endpoints the user administers; by default none (no console link).
  const { http, calls } = createFakeHttp([...fakeRoutes, MONITORED_NONE]);
  const { router, auth } = renderWithServices({ routes, entry, http, auth: authOverrides });
  return { router, auth, calls };
}
