// Renders activity routes with a fresh QueryClient, a fake http and an in-memory router.
import { render } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { ServicesProvider, type Services } from '@/components/services/services-context';
import { ActivityListPage } from '@/features/activity/components/activity-list-page';
import { TaskDetailPage } from '@/features/activity/components/task-detail-page';
import { ActivityNotificationsHost } from '@/features/activity/notifications/activity-notifications-host';
import { resetNotificationsForTests, restoreWatchedTasks } from '@/features/activity/notifications/activity-notifications';
import { resetSamplesForTests } from '@/features/activity/model/throughput';
import type { createFakeHttp } from '@/features/activity/test/fake-http';
import { ROUTE_PATTERNS, routeTo } from '@/lib/routes/paths';

export function renderActivity(fake: ReturnType<typeof createFakeHttp>, path = routeTo.activity()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const login = vi.fn(async () => {});
  const services = { http: fake.http, auth: { login }, config: {} } as unknown as Services;
  const router = createMemoryRouter(
    [
      {
        // As the app layout does: one notifications host around every page.
        element: (
          <>
            <Outlet />
            <ActivityNotificationsHost />
          </>
        ),
        children: [
          { path: ROUTE_PATTERNS.activity, element: <ActivityListPage /> },
          { path: ROUTE_PATTERNS.task, element: <TaskDetailPage /> },
          { path: ROUTE_PATTERNS.files, element: <p>File manager</p> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={services}>
        <RouterProvider router={router} />
      </ServicesProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient, router, login };
}

/**
 * A fresh page's activity state, settled before anything renders: the watched-task store is cleared and
 * already read back. Left to finish on its own, that first IndexedDB read can land mid-test, e.g. just after
 * a resubmit tracked the new task and before its page mounted, and the watcher would poll that task once.
 */
export async function resetActivityState() {
  setTabHidden(false);
  resetSamplesForTests();
  await resetNotificationsForTests();
  await restoreWatchedTasks();
}

/** Emulates the tab being hidden or shown, as browsers report it. */
export function setTabHidden(hidden: boolean) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  window.dispatchEvent(new Event('visibilitychange'));
  document.dispatchEvent(new Event('visibilitychange'));
}

/**
 * happy-dom does no layout, so every element measures 0×0 and a virtualized list shows nothing.
 * Give elements a typical viewport size; returns the restore function.
 */
export function emulateLayout(width = 1200, height = 720): () => void {
  const proto = HTMLElement.prototype;
  const saved = ['clientWidth', 'clientHeight'].map((k) => [k, Object.getOwnPropertyDescriptor(proto, k)] as const);
  Object.defineProperty(proto, 'clientWidth', { configurable: true, get: () => width });
  Object.defineProperty(proto, 'clientHeight', { configurable: true, get: () => height });
  return () => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(proto, k, d);
      else delete (proto as unknown as Record<string, unknown>)[k];
    }
  };
}
