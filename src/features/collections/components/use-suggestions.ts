import { useInfiniteQuery } from '@tanstack/react-query';
import type { Endpoint } from '@/lib/globus/transfer-types';
import { useServices } from '@/components/services/services-context';
import { resultsOf, searchCollectionsQuery } from '@/features/collections/api/search-collections';

const SUGGESTED = 10;

/**
 * What the picker offers before any typing, so a newcomer never faces an empty box: the collections used
 * recently, or (on first use, when there are none) the user's own.
 */
export function useSuggestions(enabled: boolean): {
  results: Endpoint[];
  title: string | null;
  /** Changes only when the suggestions do (the results array is rebuilt every render). */
  source: unknown;
} {
  const { http } = useServices();
  const recent = useInfiniteQuery({
    ...searchCollectionsQuery(http, { scope: 'recently-used', q: '', types: 'browsable' }, SUGGESTED),
    enabled,
  });
  const recentResults = resultsOf(recent.data);
  const wantMine = enabled && recent.isSuccess && recentResults.length === 0;
  const mine = useInfiniteQuery({
    ...searchCollectionsQuery(http, { scope: 'my-endpoints', q: '', types: 'browsable' }, SUGGESTED),
    enabled: wantMine,
  });
  if (recentResults.length) return { results: recentResults, title: 'Recently used', source: recent.data };
  const mineResults = resultsOf(mine.data);
  if (wantMine && mineResults.length) return { results: mineResults, title: 'Your collections', source: mine.data };
  return { results: [], title: null, source: null };
}
