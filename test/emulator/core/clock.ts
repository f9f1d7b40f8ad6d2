/**
 * Logical clock. It never ticks by itself: tests move it with `advance()` (or
 * `POST /__emulator/clock/advance`), so token expiry and timestamps are deterministic.
 * It starts at the real time of creation (rounded to a second) unless given a start,
 * because browsers check id_token `iat`/`exp` against their own wall clock.
 */
export class LogicalClock {
  private offsetSeconds = 0;
  constructor(private readonly startSeconds: number = Math.floor(Date.now() / 1000)) {}

  /** Current logical time in whole epoch seconds. */
  now(): number {
    return this.startSeconds + this.offsetSeconds;
  }

  advance(seconds: number): number {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error('clock can only move forward');
    this.offsetSeconds += Math.floor(seconds);
    return this.now();
  }

  reset(): void {
    this.offsetSeconds = 0;
  }
}

/** Transfer's "space" timestamp spelling: `2021-01-15 01:45:50+00:00` (file last_modified). */
export function spaceTimestamp(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace('T', ' ').replace(/\.\d{3}Z$/, '+00:00');
}

/** Transfer's "T" timestamp spelling: `2021-09-02T18:04:49+00:00` (ACL create_time, task times). */
export function isoTimestamp(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
