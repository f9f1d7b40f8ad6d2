// Polling policy for task queries. TanStack Query runs the timer (refetchInterval); this decides
// the period: fast while something can still change, slow or off once everything has finished,
// off while the tab is hidden, and exponentially slower after consecutive failures.

import { GlobusError } from '@/lib/globus/errors';

export const FAST_INTERVAL_MS = 5_000;
export const SLOW_INTERVAL_MS = 60_000;
export const MAX_BACKOFF_MS = 5 * 60_000;

export interface PollingInput {
  anyActive: boolean;
  /** Consecutive failed polls (0 after a success). */
  errorCount: number;
  hidden: boolean;
  /** Interval once nothing is active: a number keeps watching slowly, false stops. */
  whenFinished?: number | false;
  /** Server-requested pause (Retry-After on 429/503), in ms. */
  retryAfterMs?: number;
  /** The last poll failed in a way polling cannot fix (unknown task, no permission, logged out). */
  permanentError?: boolean;
}

export function nextInterval({
  anyActive,
  errorCount,
  hidden,
  whenFinished = false,
  retryAfterMs,
  permanentError,
}: PollingInput): number | false {
  if (hidden || permanentError) return false;
  const base = anyActive ? FAST_INTERVAL_MS : whenFinished;
  if (errorCount <= 0) return base;
  // Keep retrying after errors even when nothing was active, so a dropped network recovers.
  const backoff = Math.min(MAX_BACKOFF_MS, (base || FAST_INTERVAL_MS) * 2 ** errorCount);
  return Math.max(backoff, retryAfterMs ?? 0);
}

export function isDocumentHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden';
}

interface QueryStateLike {
  status: string;
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  errorUpdateCount: number;
  error: unknown;
}

/**
 * TanStack resets fetchFailureCount at every fetch, so consecutive failures across polls are
 * counted here: one tracker per polling observer, fed the query state on each evaluation.
 */
export function createFailureTracker() {
  let failures = 0;
  let lastErrorCount = 0;
  return {
    observe(state: QueryStateLike): number {
      if (state.errorUpdateCount !== lastErrorCount) {
        lastErrorCount = state.errorUpdateCount;
        failures = state.status === 'error' ? failures + 1 : failures;
      }
      if (state.status === 'success' && state.dataUpdatedAt >= state.errorUpdatedAt) failures = 0;
      return failures;
    },
  };
}

/** The server's Retry-After (429/503) carried by the HTTP core's error, in ms. */
export function retryAfterMs(error: unknown): number | undefined {
  const seconds = error instanceof GlobusError ? error.retryAfterSeconds : undefined;
  return seconds !== undefined && seconds > 0 ? seconds * 1000 : undefined;
}

/** 4xx answers other than 408/429 will not change by asking again. */
export function isPermanentError(error: unknown): boolean {
  const status = error && typeof error === 'object' ? (error as { status?: unknown }).status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
}
