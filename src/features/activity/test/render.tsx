// Renders the activity routes, as the app layout nests them, with the shared test services.
import { Outlet } from 'react-router';
import { ActivityListPage } from '@/features/activity/components/activity-list-page';
import { TaskDetailPage } from '@/features/activity/components/task-detail-page';
import { ActivityNotificationsHost } from '@/features/activity/notifications/activity-notifications-host';
import {
  resetNotificationsForTests,
  restoreWatchedTasks,
} from '@/features/activity/notifications/activity-notifications';
import { resetSamplesForTests } from '@/features/activity/model/throughput';
import { ROUTE_PATTERNS, routeTo } from '@/lib/routes/paths';
import type { FakeHttp } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';

const routes = [
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
];

export function renderActivity(fake: FakeHttp, path = routeTo.activity()) {
  // A running task's page reads its collections (a legacy endpoint's activation may lapse): by default
  // they are GCSv5 collections, which never need activation.
  fake.fallback('GET', /^endpoint\/([^/]+)$/, (_req, m) => ({ id: m[1], entity_type: 'GCSv5_mapped_collection' }));
  const view = renderWithServices({ routes, entry: path, http: fake.http });
  return { ...view, login: view.auth.login };
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
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => (hidden ? 'hidden' : 'visible'),
  });
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
