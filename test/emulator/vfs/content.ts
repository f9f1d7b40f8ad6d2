/**
 * Deterministic file contents. A seeded file has no stored bytes: its content is the
 * line `<seed>\n` repeated and cut to the file's size, so any test can recompute the
 * exact bytes of a download from the file's content seed (by default its original
 * path). Uploaded files keep their real bytes (or, when they are a seed line repeated,
 * only the seed — see https/upload-body.ts).
 */
export type ContentSource = { seed: string } | { bytes: Uint8Array };

const encoder = new TextEncoder();

/** Bytes [start, end) of a seeded file's content. */
export function seededBytes(seed: string, size: number, start = 0, end = size): Uint8Array<ArrayBuffer> {
  const unit = encoder.encode(seed + '\n');
  const from = Math.max(0, start);
  const to = Math.min(size, end);
  const out = new Uint8Array(Math.max(0, to - from));
  if (out.length === 0) return out;
  // One unit from the right phase, then doubling copies: fast enough to make a gigabyte on demand.
  const phase = from % unit.length;
  const first = Math.min(out.length, unit.length);
  for (let i = 0; i < first; i++) out[i] = unit[(phase + i) % unit.length]!;
  for (let filled = first; filled < out.length; filled *= 2)
    out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
  return out;
}

/** The full content of a file whose node has this source and size. */
export function contentBytes(source: ContentSource, size: number): Uint8Array {
  return 'bytes' in source ? source.bytes : seededBytes(source.seed, size);
}

export const STREAM_CHUNK = 256 * 1024;

/**
 * Bytes [start, end) in chunks of at most STREAM_CHUNK, so multi-gigabyte seeded files never sit in memory.
 * A seeded file's chunks are views into one buffer of its repeating line (the same bytes at every phase).
 */
export function* contentChunks(source: ContentSource, size: number, start = 0, end = size): Generator<Uint8Array> {
  const to = Math.min(size, end);
  if ('bytes' in source) {
    for (let at = start; at < to; at += STREAM_CHUNK) yield source.bytes.subarray(at, Math.min(to, at + STREAM_CHUNK));
    return;
  }
  const unitLength = encoder.encode(source.seed + '\n').length;
  const pattern = seededBytes(source.seed, Number.MAX_SAFE_INTEGER, 0, STREAM_CHUNK + unitLength);
  for (let at = start; at < to; at += STREAM_CHUNK) {
    const phase = at % unitLength;
    yield pattern.subarray(phase, phase + Math.min(STREAM_CHUNK, to - at));
  }
}

/** Streams bytes [start, end) of a file (see contentChunks). */
export function contentStream(
  source: ContentSource,
  size: number,
  start = 0,
  end = size,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const chunks = contentChunks(source, size, start, end);
  return new ReadableStream({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value as Uint8Array<ArrayBuffer>);
    },
  });
}
