import { createHash } from 'node:crypto';

/**
 * Deterministic identifiers: every id, token and request id is a hash of the seed
 * and a counter, so two runs with the same seed and the same request sequence
 * produce the same values.
 */
export class IdSource {
  private counter = 0;
  constructor(private readonly seed: string) {}

  private digest(label: string): Buffer {
    this.counter += 1;
    return createHash('sha256').update(`${this.seed}\u0000${label}\u0000${this.counter}`).digest();
  }

  /** A version-4-shaped UUID string. */
  uuid(label = 'id'): string {
    return formatUuid(this.digest(label));
  }

  /** An opaque token string (Globus tokens are opaque, not JWTs — docs/protocol/auth.md#tokens). */
  token(prefix: string): string {
    return prefix + this.digest('token').toString('base64url').slice(0, 40);
  }

  /** Short opaque request id like Transfer's `"7HgMVYazI"` (docs/protocol/README.md#conventions). */
  requestId(): string {
    return this.digest('request').toString('base64url').replace(/[-_]/g, 'x').slice(0, 9);
  }

  reset(): void {
    this.counter = 0;
  }

  /** How many values were drawn (a state dump records it so a loaded world never reissues an id). */
  get position(): number {
    return this.counter;
  }

  seek(position: number): void {
    this.counter = position;
  }
}

export function formatUuid(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** A stable UUID derived from a name (used for seeded objects that are not in seed/ids.ts). */
export function nameUuid(name: string): string {
  return formatUuid(createHash('sha256').update(name).digest());
}
