import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { AuthClient } from '@/lib/auth/auth-client';
import { createFakeAuth, createFakeHttp, TEST_CONFIG, TestProviders, type FakeRoute } from '@/components/testing/fake-services';
import { routes } from '@/app/router';

/** Test-only: the whole app (real routes, fake services) at a given hash route. */
export function renderApp(entry: string, fakeRoutes: FakeRoute[], authOverrides: Partial<AuthClient> = {}) {
  const { http, calls } = createFakeHttp(fakeRoutes);
  const auth = createFakeAuth(authOverrides);
  const router = createMemoryRouter(routes, { initialEntries: [entry] });
  render(
    <TestProviders services={{ config: TEST_CONFIG, auth, http }}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { router, auth, calls };
}
