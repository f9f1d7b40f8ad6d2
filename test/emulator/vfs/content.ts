/**
 * Deterministic file contents. A seeded file has no stored bytes: its content is the
 * line `<seed>\n` repeated and cut to the file's size, so any test can recompute the
 * exact bytes of a download from the file's content seed (by default its original
 * path). Uploaded files keep their real bytes.
 */
export type ContentSource = { seed: string } | { bytes: Uint8Array };

const encoder = new TextEncoder();

/** Bytes [start, end) of a seeded file's content. */
export function seededBytes(seed: string, size: number, start = 0, end = size): Uint8Array {
  const unit = encoder.encode(seed + '\n');
  const from = Math.max(0, start);
  const to = Math.min(size, end);
  const out = new Uint8Array(Math.max(0, to - from));
  for (let i = 0; i < out.length; i++) out[i] = unit[(from + i) % unit.length]!;
  return out;
}

/** The full content of a file whose node has this source and size. */
export function contentBytes(source: ContentSource, size: number): Uint8Array {
  return 'bytes' in source ? source.bytes : seededBytes(source.seed, size);
}

/** Streams content in 64 KiB chunks so multi-gigabyte seeded files never sit in memory. */
export function contentStream(source: ContentSource, size: number): ReadableStream<Uint8Array> {
  if ('bytes' in source) {
    const bytes = source.bytes;
    return new ReadableStream({
      start(controller) {
        controller.enqueue(bytes);
        controller.close();
      },
    });
  }
  const chunk = 64 * 1024;
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= size) {
        controller.close();
        return;
      }
      const end = Math.min(size, offset + chunk);
      controller.enqueue(seededBytes(source.seed, size, offset, end));
      offset = end;
    },
  });
}
