import { vi } from 'vitest';

/**
 * `vi.waitFor` with the same 10 s limit as Testing Library's waits (set in test/setup-unit.ts): Vitest's own
 * 1 s default runs out on a loaded two-core machine before a slow but correct app gets there.
 */
export function eventually<T>(check: () => T | Promise<T>): Promise<T> {
  return vi.waitFor(check, { timeout: 10_000, interval: 20 });
}
