// The polling policy: fast while something runs, off in a hidden tab or once everything has finished, backing off after failures.
import { describe, expect, it } from 'vitest';
import { parseGlobusError } from '@/lib/globus/errors';
import {
  createFailureTracker,
  FAST_INTERVAL_MS,
  isPermanentError,
  MAX_BACKOFF_MS,
  nextInterval,
  retryAfterMs,
  SLOW_INTERVAL_MS,
} from '@/lib/queries/polling-policy';

describe('nextInterval', () => {
  it('polls fast while something is active, slowly or not at all once everything finished', () => {
    expect(nextInterval({ anyActive: true, errorCount: 0, hidden: false })).toBe(FAST_INTERVAL_MS);
    expect(nextInterval({ anyActive: false, errorCount: 0, hidden: false, whenFinished: SLOW_INTERVAL_MS })).toBe(
      SLOW_INTERVAL_MS,
    );
    expect(nextInterval({ anyActive: false, errorCount: 0, hidden: false })).toBe(false);
  });
  it('stops while the tab is hidden', () => {
    expect(nextInterval({ anyActive: true, errorCount: 0, hidden: true })).toBe(false);
    expect(nextInterval({ anyActive: true, errorCount: 3, hidden: true })).toBe(false);
  });
  it('backs off exponentially after failures, capped, honouring Retry-After', () => {
    const at = (errorCount: number, retryAfterMs?: number) =>
      nextInterval({ anyActive: true, errorCount, hidden: false, retryAfterMs });
    expect([at(1), at(2), at(3)]).toEqual([2 * FAST_INTERVAL_MS, 4 * FAST_INTERVAL_MS, 8 * FAST_INTERVAL_MS]);
    expect(at(20)).toBe(MAX_BACKOFF_MS);
    expect(at(1, 120_000)).toBe(120_000);
  });
  it('keeps retrying after a failure even when nothing was known to be active, but not for permanent errors', () => {
    expect(nextInterval({ anyActive: false, errorCount: 1, hidden: false })).toBe(2 * FAST_INTERVAL_MS);
    expect(nextInterval({ anyActive: true, errorCount: 1, hidden: false, permanentError: true })).toBe(false);
    expect([
      isPermanentError({ status: 404 }),
      isPermanentError({ status: 429 }),
      isPermanentError({ status: 503 }),
      isPermanentError(new Error('x')),
    ]).toEqual([true, false, false, false]);
  });
});

describe('retryAfterMs', () => {
  it('reads the Retry-After the HTTP core puts on a 429/503 GlobusError, and nothing else', () => {
    const limited = parseGlobusError('transfer', 429, { code: 'RateLimited' }, { retryAfterSeconds: 30 });
    expect(retryAfterMs(limited)).toBe(30_000);
    expect(retryAfterMs(parseGlobusError('transfer', 503, {}))).toBeUndefined();
    expect(retryAfterMs({ retryAfter: 30 })).toBeUndefined();
    expect(retryAfterMs(new Error('x'))).toBeUndefined();
  });
});

describe('createFailureTracker', () => {
  const state = (
    s: Partial<{ status: string; dataUpdatedAt: number; errorUpdatedAt: number; errorUpdateCount: number }>,
  ) => ({
    status: 'success',
    dataUpdatedAt: 0,
    errorUpdatedAt: 0,
    errorUpdateCount: 0,
    error: null,
    ...s,
  });
  it('counts consecutive failed polls once each and resets on success', () => {
    const t = createFailureTracker();
    expect(t.observe(state({ dataUpdatedAt: 1 }))).toBe(0);
    expect(t.observe(state({ status: 'error', dataUpdatedAt: 1, errorUpdatedAt: 2, errorUpdateCount: 1 }))).toBe(1);
    // Re-evaluating the same state does not count twice.
    expect(t.observe(state({ status: 'error', dataUpdatedAt: 1, errorUpdatedAt: 2, errorUpdateCount: 1 }))).toBe(1);
    expect(t.observe(state({ status: 'error', dataUpdatedAt: 1, errorUpdatedAt: 3, errorUpdateCount: 2 }))).toBe(2);
    expect(t.observe(state({ status: 'success', dataUpdatedAt: 4, errorUpdatedAt: 3, errorUpdateCount: 2 }))).toBe(0);
  });
});
