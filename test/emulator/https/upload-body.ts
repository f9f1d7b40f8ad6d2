/**
 * Reads an upload body as it streams in (never the whole body at once): counts it, hashes it and keeps
 * its bytes — unless it is one line repeated (what a seeded file's download looks like, e.g. a 1 GB
 * file copied out of a collection and back), which is kept as that line only, so big round trips
 * cost no memory. Either way a later download returns the same bytes. Past `room` (the quota) bytes
 * are counted and dropped, so the caller can answer 507 once the client has sent everything.
 */
import { createHash } from 'node:crypto';
import type { Socket } from 'node:net';
import { cutNow, DroppedByFault, shapeBody, type BodyFault } from '../control/body-shaping';
import { contentChunks, seededBytes, STREAM_CHUNK, type ContentSource } from '../vfs/content';

export type ReceivedUpload =
  | { kind: 'stored'; size: number; content: ContentSource; sha256: string }
  | { kind: 'over_quota'; size: number }
  | { kind: 'dropped'; faultId: string }
  | { kind: 'aborted' };

/** Longest line taken for a repeated seed line; smaller bodies keep their bytes (they are cheap, and dumps show them plainly). */
const MAX_SEED_LINE = 4096;
const COMPACT_FROM = 1024 * 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** The first line of `head` as a seed, if it is valid UTF-8 that encodes back to the same bytes. */
function seedLine(head: Uint8Array): string | null | undefined {
  const nl = head.indexOf(10);
  if (nl < 0) return head.length > MAX_SEED_LINE ? null : undefined;
  if (nl > MAX_SEED_LINE) return null;
  try {
    return decoder.decode(head.subarray(0, nl));
  } catch {
    return null;
  }
}

/** Growable byte buffer; sized once when the client declared its length. */
class ByteSink {
  private buf: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }
  push(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buf.length) {
      const next = new Uint8Array(Math.max(this.length + chunk.length, this.buf.length * 2));
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    this.buf.set(chunk, this.length);
    this.length += chunk.length;
  }
  bytes(): Uint8Array {
    return this.buf.length > this.length * 1.25 ? this.buf.slice(0, this.length) : this.buf.subarray(0, this.length);
  }
}

/**
 * Keeps a body: first the head, until its first line is known; then only the count while the body repeats that
 * line; from the first difference on (or when there is no usable line), the bytes.
 */
class ContentKeeper {
  private head: Uint8Array[] = [];
  /** undefined: no line end seen yet; null: not a repeated line (bytes kept). */
  private seed: string | null | undefined = undefined;
  private pattern = new Uint8Array(0);
  private unit = 0;
  private sink: ByteSink | null = null;
  private size = 0;
  constructor(private readonly declared: number | undefined) {}

  add(chunk: Uint8Array): void {
    if (this.sink) {
      this.size += chunk.length;
      return this.sink.push(chunk);
    }
    if (this.seed === undefined) return this.addToHead(chunk);
    // Still matching the seed line: compare piece by piece against the pattern at the right phase.
    for (let at = 0; at < chunk.length; at += STREAM_CHUNK) {
      const piece = chunk.subarray(at, Math.min(chunk.length, at + STREAM_CHUNK));
      const phase = this.size % this.unit;
      if (
        !Buffer.from(piece.buffer, piece.byteOffset, piece.length).equals(
          this.pattern.subarray(phase, phase + piece.length),
        )
      ) {
        // The part that matched is regenerated into the byte store piece by piece (no second full-size buffer).
        this.startBytes(contentChunks({ seed: this.seed! }, this.size));
        return this.add(chunk.subarray(at));
      }
      this.size += piece.length;
    }
  }

  private addToHead(chunk: Uint8Array): void {
    this.head.push(chunk);
    this.size += chunk.length;
    const head = Buffer.concat(this.head);
    this.seed = seedLine(head);
    if (this.seed === undefined) return;
    this.head = [];
    if (this.seed === null) return this.startBytes([head]);
    this.unit = encoder.encode(this.seed + '\n').length;
    this.pattern = seededBytes(this.seed, Number.MAX_SAFE_INTEGER, 0, STREAM_CHUNK + this.unit);
    this.size = 0;
    this.add(head);
  }

  private startBytes(first: Iterable<Uint8Array>): void {
    this.sink = new ByteSink(Math.max(this.declared ?? 0, this.size, 64 * 1024));
    this.seed = null;
    this.size = 0;
    for (const chunk of first) this.add(chunk);
  }

  content(): { size: number; content: ContentSource } {
    if (this.sink) return { size: this.size, content: { bytes: this.sink.bytes() } };
    if (typeof this.seed === 'string' && this.size >= COMPACT_FROM)
      return { size: this.size, content: { seed: this.seed } };
    const bytes =
      typeof this.seed === 'string' ? seededBytes(this.seed, this.size) : new Uint8Array(Buffer.concat(this.head));
    return { size: bytes.length, content: { bytes } };
  }
}

export async function receiveUpload(
  body: ReadableStream<Uint8Array> | null,
  opts: { room: number | null; declaredLength?: number; fault?: BodyFault; socket?: Socket },
): Promise<ReceivedUpload> {
  let stream = body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  if (opts.fault) stream = shapeBody(stream, opts.fault, opts.socket && cutNow(opts.socket));
  const fitsDeclared = opts.room === null || opts.declaredLength === undefined || opts.declaredLength <= opts.room;
  const keeper = new ContentKeeper(fitsDeclared ? opts.declaredLength : undefined);
  const hash = createHash('sha256');
  let size = 0;
  let overQuota = !fitsDeclared;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (opts.room !== null && size > opts.room) overQuota = true;
      if (overQuota) continue;
      hash.update(value);
      keeper.add(value);
    }
  } catch (e) {
    if (e instanceof DroppedByFault) return { kind: 'dropped', faultId: e.faultId };
    return { kind: 'aborted' };
  }
  if (overQuota) return { kind: 'over_quota', size };
  return { kind: 'stored', ...keeper.content(), sha256: hash.digest('hex') };
}
