import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from '@/app/layout/app-layout';
import { FilesRoute } from '@/app/routes/files-route';

/**
 * Hash routes: any static host serves every deep link, and the OAuth redirect (which lands on the
 * page itself with ?code=…) never collides with app state.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/files" replace /> },
      { path: 'files', element: <FilesRoute /> },
      { path: '*', element: <Navigate to="/files" replace /> },
    ],
  },
];

export const createAppRouter = () => createHashRouter(routes);
