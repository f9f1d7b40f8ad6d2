/**
 * The app's routes in one place, so no link is spelled by hand. The app uses a hash router:
 * - `paths.*` give the hash href (`#/activity/t-1`) for `<a href>`, login return targets and
 *   browser notifications, which live outside the router;
 * - `routeTo.*` give the router location (`/activity/t-1`) for `<Link to>` and `navigate()`.
 * Every dynamic part is encoded here, so ids and paths with `#`, `?`, `&`, `%` or spaces survive.
 */
import { datasetSearch, type DatasetLink } from '@/lib/datasets/dataset-link';

/** Route patterns as the router matches them (relative to the layout route). */
export const ROUTE_PATTERNS = {
  files: 'files',
  activity: 'activity',
  task: 'activity/:taskId',
  /** This app as a browse-collections helper page for other portals. */
  browse: 'browse',
  /** Where a helper page's answer (or its Cancel) lands, to be handed to the page that asked. */
  chosen: 'chosen',
  /** A dataset view opened from a portal's link. */
  dataset: 'dataset',
  console: 'console',
  consoleEndpoint: 'console/endpoints/:endpointId',
  consoleTask: 'console/tasks/:taskId',
  collections: 'collections',
  collection: 'collections/:collectionId',
  account: 'account',
  shares: 'shares',
  shareFolder: 'shares/new',
  permissions: 'collections/:collectionId/permissions',
} as const;

/** What the collections page searches: an `endpoint_search` scope, text and kind, all optional. */
export type CollectionsQuery = { scope?: string; q?: string; type?: string };

function collectionsSearch(query: CollectionsQuery = {}): string {
  const params = new URLSearchParams();
  for (const key of ['scope', 'q', 'type'] as const) if (query[key]) params.set(key, query[key]);
  return params.toString();
}

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
  dataset: (link: DatasetLink) => `/${ROUTE_PATTERNS.dataset}?${datasetSearch(link)}`,
  chosen: (params?: URLSearchParams) => `/${ROUTE_PATTERNS.chosen}${params?.size ? `?${params}` : ''}`,
  browse: (params?: URLSearchParams) => `/${ROUTE_PATTERNS.browse}${params?.size ? `?${params}` : ''}`,
  console: () => `/${ROUTE_PATTERNS.console}`,
  consoleEndpoint: (endpointId: string) => `/${ROUTE_PATTERNS.console}/endpoints/${encodeURIComponent(endpointId)}`,
  consoleTask: (taskId: string) => `/${ROUTE_PATTERNS.console}/tasks/${encodeURIComponent(taskId)}`,
  collections: (query?: CollectionsQuery) => {
    const search = collectionsSearch(query);
    return search ? `/${ROUTE_PATTERNS.collections}?${search}` : `/${ROUTE_PATTERNS.collections}`;
  },
  collection: (collectionId: string) => `/${ROUTE_PATTERNS.collections}/${encodeURIComponent(collectionId)}`,
  account: () => `/${ROUTE_PATTERNS.account}`,
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
  dataset: (link: DatasetLink) => toHref(routeTo.dataset(link)),
  chosen: (params?: URLSearchParams) => toHref(routeTo.chosen(params)),
  browse: (params?: URLSearchParams) => toHref(routeTo.browse(params)),
  console: () => toHref(routeTo.console()),
  consoleEndpoint: (endpointId: string) => toHref(routeTo.consoleEndpoint(endpointId)),
  consoleTask: (taskId: string) => toHref(routeTo.consoleTask(taskId)),
  collections: (query?: CollectionsQuery) => toHref(routeTo.collections(query)),
  collection: (collectionId: string) => toHref(routeTo.collection(collectionId)),
  account: () => toHref(routeTo.account()),
  shares: () => toHref(routeTo.shares()),
  shareFolder: (hostId: string, hostPath: string) => toHref(routeTo.shareFolder(hostId, hostPath)),
  permissions: (collectionId: string) => toHref(routeTo.permissions(collectionId)),
};

/** The page's own address without query and hash: what a hash href is appended to for a full link. */
export const appBaseUrl = (location: Pick<Location, 'origin' | 'pathname'> = window.location): string =>
  `${location.origin}${location.pathname}`;

/** True for an app hash route (`#/…`): the only kind of target the app navigates to after a login. */
export const isAppHref = (href: string): boolean => href.startsWith('#/');
