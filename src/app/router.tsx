import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { Spinner } from '@/components/ui/spinner';
import { ROUTE_PATTERNS, routeTo } from '@/lib/routes/paths';

/**
 * Hash routes: any static host serves every deep link, and the OAuth redirect (which lands on the
 * page itself with ?code=…) never collides with app state. Pages load lazily so the first
 * download (sign-in screen, header) stays small.
 */
export const routes: RouteObject[] = [
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
        lazy: async () => ({ Component: (await import('@/app/routes/files-route')).FilesRoute }),
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
        path: ROUTE_PATTERNS.account,
        lazy: async () => ({ Component: (await import('@/features/account/components/account-page')).AccountPage }),
      },
      { path: '*', element: <Navigate to={routeTo.files()} replace /> },
    ],
  },
];

export const createAppRouter = () => createHashRouter(routes);
