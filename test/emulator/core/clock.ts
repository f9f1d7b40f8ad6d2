/**
 * Logical clock. In `manual` mode it never ticks by itself: tests move it with `advance()`
 * (or `POST /__emulator/clock/advance`), so token expiry, timestamps and task progress are
 * deterministic. In `realtime` mode it also follows wall time (from creation or the last
 * reset) so a person watching `npm start` sees tasks progress; `advance()` still jumps ahead.
 * It starts at the real time of creation (rounded to a second) unless given a start,
 * because browsers check id_token `iat`/`exp` against their own wall clock.
 */
export type ClockMode = 'manual' | 'realtime';

export class LogicalClock {
  private offsetSeconds = 0;
  private wallStartMs = Date.now();
  constructor(
    private readonly startSeconds: number = Math.floor(Date.now() / 1000),
    public mode: ClockMode = 'manual',
  ) {}

  /** Current logical time with sub-second precision (the task engine runs on this). */
  nowPrecise(): number {
    const wall = this.mode === 'realtime' ? (Date.now() - this.wallStartMs) / 1000 : 0;
    return this.startSeconds + this.offsetSeconds + wall;
  }

  /** Current logical time in whole epoch seconds. */
  now(): number {
    return Math.floor(this.nowPrecise());
  }

  /** Moves forward by `seconds`, fractions included (a half-second step shows a transfer mid-file). */
  advance(seconds: number): number {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error('clock can only move forward');
    this.offsetSeconds += seconds;
    return this.now();
  }

  /** Moves to an absolute logical time (restoring a state dump); never backwards. */
  advanceTo(epochSeconds: number): number {
    return this.advance(Math.max(0, epochSeconds - this.nowPrecise()));
  }

  /** Switch modes without a jump: wall time elapsed so far is folded into the offset. */
  setMode(mode: ClockMode): void {
    if (mode === this.mode) return;
    const at = this.nowPrecise();
    this.mode = mode;
    this.wallStartMs = Date.now();
    this.offsetSeconds = at - this.startSeconds;
  }

  reset(): void {
    this.offsetSeconds = 0;
    this.wallStartMs = Date.now();
  }
}

/** Transfer's "space" timestamp spelling: `2021-01-15 01:45:50+00:00` (file last_modified). */
export function spaceTimestamp(epochSeconds: number): string {
  return new Date(Math.floor(epochSeconds) * 1000)
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d{3}Z$/, '+00:00');
}

/** Transfer's "T" timestamp spelling: `2021-09-02T18:04:49+00:00` (ACL create_time, task times). */
export function isoTimestamp(epochSeconds: number): string {
  return new Date(Math.floor(epochSeconds) * 1000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}
