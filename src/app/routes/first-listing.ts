import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction } from 'react-router';
import type { Services } from '@/components/services/services-context';
import { endpointQuery } from '@/lib/queries/endpoint';
import { isLocalCollection } from '@/lib/local-files/local-id';
import { readPane } from '@/app/routes/pane-params';
import { listDirectoryQuery } from '@/features/file-manager/api/list-directory';
import { ROUTE_PATTERNS } from '@/lib/routes/paths';

export type FirstListingDeps = { queryClient: QueryClient; services: Pick<Services, 'http'> };

/**
 * The files page's first requests, started as soon as the route matches — while its code is still
 * downloading and before any pane renders — with the very query options the panes use, so they find
 * the answers in flight or in cache. The collection document and the listing go out together (the
 * listing does not need the document). Only the first load: later moves are the panes' business.
 */
export function firstListingLoader(deps: FirstListingDeps): LoaderFunction {
  return ({ request }) => {
    prefetchPanes(deps, new URL(request.url).searchParams);
    return null;
  };
}

/**
 * The same requests at start-up, when the page opens on the files route: as soon as config.json and the
 * login records are read, before React and the router run. The route's loader then finds them under way.
 */
export function prefetchFirstListingAt(deps: FirstListingDeps, hash: string): void {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  if (path.replace(/\/$/, '') === ROUTE_PATTERNS.files) prefetchPanes(deps, new URLSearchParams(query));
}

function prefetchPanes({ queryClient, services }: FirstListingDeps, params: URLSearchParams): void {
  // Not waiting for the login check: without a token the request fails at once without reaching Globus,
  // nobody shows that failure, and a pane that mounts later asks again.
  for (const side of ['left', 'right'] as const) {
    const { collectionId, path } = readPane(params, side);
    if (!collectionId) continue;
    // A folder on this computer has no collection document; its listing is the browser's own.
    if (!isLocalCollection(collectionId)) void queryClient.prefetchQuery(endpointQuery(services.http, collectionId));
    void queryClient.prefetchQuery(listDirectoryQuery(services.http, collectionId, path));
  }
}
