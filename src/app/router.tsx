import { createHashRouter, Navigate, type LoaderFunction, type RouteObject } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { Spinner } from '@/components/ui/spinner';
import { ROUTE_PATTERNS, routeTo } from '@/lib/routes/paths';
import { firstListingLoader, type FirstListingDeps } from '@/app/routes/first-listing';

const loadFilesPage = () => import('@/app/routes/files-route');

/**
 * Starts downloading the file manager's code before config.json is even read (main.tsx), and from the
 * sign-in screen, so the first listing does not wait for it; the route's lazy() then finds it loaded.
 */
export function preloadFilesPage(): void {
  loadFilesPage().catch(() => {
    // The route's own lazy() loads it again and shows a failure there.
  });
}

/**
 * Hash routes: any static host serves every deep link, and the OAuth redirect (which lands on the
 * page itself with ?code=…) never collides with app state. Pages load lazily so the first
 * download (sign-in screen, header) stays small.
 */
const appRoutes = (filesLoader?: LoaderFunction): RouteObject[] => [
  {
    element: <AppLayout />,
    // Shown while the first lazily loaded page arrives.
    hydrateFallbackElement: (
      <div className="p-8">
        <Spinner label="Starting" />
      </div>
    ),
    children: [
      { index: true, element: <Navigate to={routeTo.files()} replace /> },
      {
        path: ROUTE_PATTERNS.files,
        // A loader given here runs alongside lazy(), so the first requests do not wait for the page's code.
        ...(filesLoader ? { loader: filesLoader, shouldRevalidate: () => false } : {}),
        lazy: async () => ({ Component: (await loadFilesPage()).FilesRoute }),
      },
      {
        path: ROUTE_PATTERNS.activity,
        lazy: async () => ({
          Component: (await import('@/features/activity/components/activity-list-page')).ActivityListPage,
        }),
      },
      {
        path: ROUTE_PATTERNS.task,
        lazy: async () => ({
          Component: (await import('@/features/activity/components/task-detail-page')).TaskDetailPage,
        }),
      },
      { path: '*', element: <Navigate to={routeTo.files()} replace /> },
    ],
  },
];

export const routes = appRoutes();

/** The app's router; with `firstListing`, the files page starts its collection and listing requests on load. */
export const createAppRouter = (firstListing?: FirstListingDeps) =>
  createHashRouter(appRoutes(firstListing && firstListingLoader(firstListing)));
