// Builds the refetchInterval function for a polling query from the pure policy in polling-policy.
import { useState } from 'react';
import type { Query } from '@tanstack/react-query';
import {
  createFailureTracker,
  isDocumentHidden,
  isPermanentError,
  nextInterval,
  retryAfterMs,
} from '@/lib/queries/polling-policy';

export function usePollingInterval<T>(anyActive: (data: T | undefined) => boolean, whenFinished: number | false) {
  // One tracker per mounted observer; it only counts, so recreating it on remount is harmless.
  const [tracker] = useState(createFailureTracker);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Query's generics are irrelevant here
  return (query: Query<T, any, any, any>): number | false => {
    const errorCount = tracker.observe(query.state);
    const failed = query.state.status === 'error';
    return nextInterval({
      anyActive: anyActive(query.state.data as T | undefined),
      errorCount,
      hidden: isDocumentHidden(),
      whenFinished,
      retryAfterMs: failed ? retryAfterMs(query.state.error) : undefined,
      permanentError: failed && isPermanentError(query.state.error),
    });
  };
}

/** Options every polling query shares: no fetches in a hidden tab, catch up when it is shown. */
export const POLLING_QUERY_OPTIONS = {
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: true,
  staleTime: 0,
} as const;
