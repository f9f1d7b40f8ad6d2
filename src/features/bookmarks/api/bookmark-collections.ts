import { useQueries } from '@tanstack/react-query';
import { GlobusError } from '@/lib/globus/errors';
import { endpointQuery } from '@/lib/queries/endpoint';
import { useServices } from '@/components/services/services-context';

export type BookmarkTarget =
  | { state: 'loading' }
  /** `name` is empty when the collection has no display name. */
  | { state: 'ok'; name: string }
  | { state: 'gone' }
  /** Could not be checked (network, permission): the bookmark still opens; the pane reports details. */
  | { state: 'unknown' };

/** A bookmark may outlive its collection: Transfer then answers 404 EndpointDeleted (docs/protocol/transfer.md#bookmarks). */
export const isGone = (err: unknown) =>
  err instanceof GlobusError && (err.isCode('EndpointDeleted') || err.isCode('EndpointNotFound'));

/**
 * One lookup per distinct collection, however many bookmarks point at it; the collection document is
 * the app-wide one, so a collection a pane already shows costs no request.
 */
export function useBookmarkTargets(collectionIds: string[]): Map<string, BookmarkTarget> {
  const { http } = useServices();
  const ids = [...new Set(collectionIds)];
  const results = useQueries({ queries: ids.map((id) => endpointQuery(http, id)) });
  const out = new Map<string, BookmarkTarget>();
  ids.forEach((id, i) => {
    const r = results[i]!;
    if (r.isSuccess) out.set(id, { state: 'ok', name: r.data.display_name ?? '' });
    else if (r.isError) out.set(id, isGone(r.error) ? { state: 'gone' } : { state: 'unknown' });
    else out.set(id, { state: 'loading' });
  });
  return out;
}
