// The one render helper for component tests: routes (or one element) in a memory router, with fake
// services and the QueryClient the app itself builds.
import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { createQueryClient } from '@/app/create-query-client';
import type { AppConfig } from '@/config/schema';
import type { AuthClient } from '@/lib/auth/auth-client';
import type { GlobusHttp } from '@/lib/globus/http';
import { createFakeAuth, TEST_CONFIG, TestProviders } from '@/test/fake-services';

export interface RenderOptions {
  /** The routes to mount; or `element`, shown at every path. */
  routes?: RouteObject[];
  element?: ReactNode;
  /** The router's starting location, e.g. `routeTo.files({ originId: 'c-1' })`. */
  entry?: string;
  http: GlobusHttp;
  /** Replaces single methods of the fake auth client. */
  auth?: Partial<AuthClient>;
  config?: AppConfig;
}

export function renderWithServices({
  routes,
  element,
  entry = '/',
  http,
  auth: authOverrides,
  config = TEST_CONFIG,
}: RenderOptions) {
  const auth = createFakeAuth(authOverrides);
  const queryClient = createQueryClient();
  const router = createMemoryRouter(routes ?? [{ path: '*', element }], { initialEntries: [entry] });
  const view = render(
    <TestProviders services={{ config, auth, http }} queryClient={queryClient}>
      <RouterProvider router={router} />
    </TestProviders>,
  );
  return { ...view, router, auth, queryClient };
}
