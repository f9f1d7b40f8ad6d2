import type { ComponentType } from 'react';
import { createHashRouter, Navigate, type LoaderFunction, type RouteObject } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { Spinner } from '@/components/ui/spinner';
import { ROUTE_PATTERNS, routeTo } from '@/lib/routes/paths';
import { firstListingLoader, type FirstListingDeps } from '@/app/routes/first-listing';
import { loadFilesPage } from '@/app/routes/files-page-code';

/**
 * Hash routes: any static host serves every deep link, and the OAuth redirect (which lands on the
 * page itself with ?code=…) never collides with app state. Pages load lazily so the first
 * download (sign-in screen, header) stays small.
 */
const appRoutes = (filesLoader?: LoaderFunction, loggedIn?: () => Promise<boolean>): RouteObject[] => [
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
        lazy: async () => ({ Component: await filesPage(loggedIn) }),
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
      {
        path: ROUTE_PATTERNS.console,
        lazy: async () => ({ Component: (await import('@/features/console/components/console-page')).ConsolePage }),
      },
      {
        path: ROUTE_PATTERNS.consoleEndpoint,
        lazy: async () => ({
          Component: (await import('@/features/console/components/endpoint-admin-page')).EndpointAdminPage,
        }),
      },
      {
        path: ROUTE_PATTERNS.consoleTask,
        lazy: async () => ({
          Component: (await import('@/features/console/components/admin-task-page')).AdminTaskPage,
        }),
      },
      {
        path: ROUTE_PATTERNS.collections,
        lazy: async () => ({
          Component: (await import('@/features/collections/components/collections-page')).CollectionsPage,
        }),
      },
      {
        path: ROUTE_PATTERNS.collection,
        lazy: async () => ({ Component: (await import('@/app/routes/collection-route')).CollectionRoute }),
      },
      {
        path: ROUTE_PATTERNS.shares,
        lazy: async () => ({ Component: (await import('@/features/sharing/components/shares-page')).SharesPage }),
      },
      {
        path: ROUTE_PATTERNS.shareFolder,
        lazy: async () => ({
          Component: (await import('@/features/sharing/components/share-folder-page')).ShareFolderPage,
        }),
      },
      {
        path: ROUTE_PATTERNS.permissions,
        lazy: async () => ({
          Component: (await import('@/features/sharing/components/permissions-page')).PermissionsPage,
        }),
      },
      {
        path: ROUTE_PATTERNS.chosen,
        lazy: async () => ({
          Component: (await import('@/features/helper-pages/components/chosen-page')).ChosenPage,
        }),
      },
      {
        path: ROUTE_PATTERNS.account,
        lazy: async () => ({ Component: (await import('@/features/account/components/account-page')).AccountPage }),
      },
      { path: '*', element: <Navigate to={routeTo.files()} replace /> },
    ],
  },
  // Open to visitors who are not logged in yet: they show what a portal's link carries, then offer the login.
  {
    path: ROUTE_PATTERNS.browse,
    lazy: async () => ({ Component: (await import('@/app/routes/open-pages')).BrowseHelperRoute }),
  },
  {
    path: ROUTE_PATTERNS.dataset,
    lazy: async () => ({ Component: (await import('@/app/routes/open-pages')).DatasetRoute }),
  },
];

/**
 * The file manager's page, or none while logged out: the layout then shows the sign-in screen, whose Log in
 * leaves for Globus and comes back to a new page load (the login state changes only that way), so the page's
 * code would be downloaded for nothing. If the login state cannot be read, the code loads as it would anyway.
 */
async function filesPage(loggedIn?: () => Promise<boolean>): Promise<ComponentType> {
  if (loggedIn && !(await loggedIn().catch(() => true))) return NoPage;
  return (await loadFilesPage()).FilesRoute;
}

const NoPage = () => null;

export const routes = appRoutes();

/**
 * The app's router; with `firstListing`, the files page starts its collection and listing requests on load;
 * with `loggedIn`, its code is not loaded for a logged-out visitor.
 */
export const createAppRouter = (firstListing?: FirstListingDeps, loggedIn?: () => Promise<boolean>) =>
  createHashRouter(appRoutes(firstListing && firstListingLoader(firstListing), loggedIn));
