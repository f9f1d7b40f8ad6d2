/**
 * The app's routes in one place, so no link is spelled by hand. The app uses a hash router:
 * - `paths.*` give the hash href (`#/activity/t-1`) for `<a href>`, login return targets and
 *   browser notifications, which live outside the router;
 * - `routeTo.*` give the router location (`/activity/t-1`) for `<Link to>` and `navigate()`.
 * Every dynamic part is encoded here, so ids and paths with `#`, `?`, `&`, `%` or spaces survive.
 */

/** Route patterns as the router matches them (relative to the layout route). */
export const ROUTE_PATTERNS = {
  files: 'files',
  activity: 'activity',
  task: 'activity/:taskId',
  shares: 'shares',
  shareFolder: 'shares/new',
  permissions: 'collections/:collectionId/permissions',
} as const;

/** Query parameters of the "share a folder" page: the host collection and the folder on it. */
export const SHARE_PARAMS = { hostId: 'host_id', hostPath: 'host_path' } as const;

/**
 * Globus Web App parameter names, so links between the two apps keep working:
 * the left pane is the origin, the right pane the destination.
 */
export const FILES_PARAMS = {
  originId: 'origin_id',
  originPath: 'origin_path',
  destinationId: 'destination_id',
  destinationPath: 'destination_path',
  twoPane: 'two_pane',
} as const;

/** What the file manager shows; a path only counts with its collection. */
export type FilesLocation = {
  originId?: string;
  originPath?: string;
  destinationId?: string;
  destinationPath?: string;
};

/** The files query string (no `?`), in Globus Web App order; URLSearchParams does the encoding. */
export function filesSearch(loc: FilesLocation = {}): string {
  const params = new URLSearchParams();
  if (loc.originId) {
    params.set(FILES_PARAMS.originId, loc.originId);
    if (loc.originPath) params.set(FILES_PARAMS.originPath, loc.originPath);
  }
  if (loc.destinationId) {
    params.set(FILES_PARAMS.destinationId, loc.destinationId);
    if (loc.destinationPath) params.set(FILES_PARAMS.destinationPath, loc.destinationPath);
    params.set(FILES_PARAMS.twoPane, 'true');
  }
  return params.toString();
}

/** Reads what `filesSearch` wrote; absent parameters are left out. */
export function readFilesLocation(params: URLSearchParams): FilesLocation {
  const loc: FilesLocation = {};
  for (const key of Object.keys(FILES_PARAMS) as (keyof typeof FILES_PARAMS)[]) {
    const value = params.get(FILES_PARAMS[key]);
    if (value !== null && key !== 'twoPane') loc[key] = value;
  }
  return loc;
}

/** Router locations, for `<Link to>` and `navigate()`. */
export const routeTo = {
  root: () => '/',
  files: (loc?: FilesLocation) => {
    const search = filesSearch(loc);
    return search ? `/${ROUTE_PATTERNS.files}?${search}` : `/${ROUTE_PATTERNS.files}`;
  },
  activity: () => `/${ROUTE_PATTERNS.activity}`,
  task: (taskId: string) => `/${ROUTE_PATTERNS.activity}/${encodeURIComponent(taskId)}`,
  shares: () => `/${ROUTE_PATTERNS.shares}`,
  shareFolder: (hostId: string, hostPath: string) =>
    `/${ROUTE_PATTERNS.shareFolder}?${new URLSearchParams({ [SHARE_PARAMS.hostId]: hostId, [SHARE_PARAMS.hostPath]: hostPath }).toString()}`,
  permissions: (collectionId: string) => `/collections/${encodeURIComponent(collectionId)}/permissions`,
};

/** The hash href for a router location: `/activity` → `#/activity`. */
export const toHref = (to: string): string => `#${to}`;

/** Hash hrefs, for links and targets outside the router. */
export const paths = {
  root: () => toHref(routeTo.root()),
  files: (loc?: FilesLocation) => toHref(routeTo.files(loc)),
  activity: () => toHref(routeTo.activity()),
  task: (taskId: string) => toHref(routeTo.task(taskId)),
  shares: () => toHref(routeTo.shares()),
  shareFolder: (hostId: string, hostPath: string) => toHref(routeTo.shareFolder(hostId, hostPath)),
  permissions: (collectionId: string) => toHref(routeTo.permissions(collectionId)),
};

/** True for an app hash route (`#/…`): the only kind of target the app navigates to after a login. */
export const isAppHref = (href: string): boolean => href.startsWith('#/');
