import type { AuthClient } from '@/lib/auth/auth-client';
import { routes } from '@/app/router';
import { createFakeHttp, type FakeRoute } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

/** The whole app (real routes, fake services) at a given hash route. */
export function renderApp(entry: string, fakeRoutes: FakeRoute[], authOverrides: Partial<AuthClient> = {}) {
  const { http, calls } = createFakeHttp(fakeRoutes);
  const { router, auth } = renderWithServices({ routes, entry, http, auth: authOverrides });
  return { router, auth, calls };
}
