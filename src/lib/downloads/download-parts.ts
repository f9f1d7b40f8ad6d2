// How a download's bytes get from the server's answers into the local file.
import { NetworkError } from '@/lib/globus/errors';
import type { CommittingWriter } from '@/lib/downloads/committing-writer';

const MB = 1024 * 1024;

/**
 * The sizes of the parts a download is fetched in. A file up to `first` comes in one request. A larger one
 * comes in parts, each a Range request answered as one Blob: the browser then moves the bytes from the network
 * to the file without this page reading them. On the bench's two cores, loaded, that writes a 1 GB file at
 * 95–110 MB/s, where reading the same download's stream into the file reaches 35–39 MB/s (quiet: 170–225, about
 * what Chromium's file writes allow, against 140–250 for the stream piped into the file). Each part is sized to
 * about `seconds` of the rate measured so far, so the progress bar still moves on a slow link; `max` also bounds
 * the memory the browser holds for parts in flight (two arriving, one being written).
 */
export type PartSizes = { first: number; max: number; seconds: number };

export const PART_SIZES: PartSizes = { first: 2 * MB, max: 32 * MB, seconds: 1 };

/**
 * The length of the next part, starting at `at`, given `received` bytes in `elapsedMs` so far; undefined when
 * the rest of the file comes in one request.
 */
export function nextPartLength(
  sizes: PartSizes,
  fileSize: number,
  at: number,
  received: number,
  elapsedMs: number,
): number | undefined {
  const rate = elapsedMs > 0 ? (received / elapsedMs) * 1000 : 0;
  const wanted = received > 0 ? Math.round((rate * sizes.seconds) / MB) * MB : sizes.first;
  const length = Math.min(sizes.max, Math.max(sizes.first, wanted));
  return fileSize - at <= length ? undefined : length;
}

/** The body's length as the server declared it, or null (absent, or not a plain number). */
function declaredLength(response: Response): number | null {
  const header = response.headers.get('Content-Length');
  return header !== null && /^\d+$/.test(header) ? Number(header) : null;
}

/** A server's answer; `whole` is its body being taken as one Blob, when its declared length is at most `max`. */
export type Answer =
  | { response: Response; length: number; whole: Promise<Blob> }
  | { response: Response; length: number | null; whole: null };

/**
 * Starts taking the body as one Blob at once when it is small enough. A body left unread while another one
 * arrives made both slower in the bench's Chromium (about half the speed of reading them both).
 */
export function takeAnswer(response: Response, max: number): Answer {
  const length = declaredLength(response);
  if (length === null || length > max) return { response, length, whole: null };
  const whole = response.blob();
  whole.catch(() => {}); // awaited by receiveWhole, or dropped with a download that failed before it
  return { response, length, whole };
}

const dropped = (signal: AbortSignal) => (cause: unknown) => {
  // A body cut short rejects with a bare TypeError: it is a dropped connection, worth a retry.
  if (signal.aborted) throw cause;
  throw new NetworkError('The connection dropped during the download', { cause });
};

/**
 * Waits for a body taken whole and queues it for writing once the write before it is done (one write at a
 * time; the next part arrives meanwhile). A part cut short is lost whole: the next try asks for it again.
 * (A body shorter on the wire than its declared length fails rather than arriving: a whole body of another
 * size than declared was decoded, e.g. decompressed, and counts as it came.) Returns the bytes queued.
 */
export async function receiveWhole(
  whole: Promise<Blob>,
  writer: CommittingWriter,
  signal: AbortSignal,
): Promise<number> {
  const blob = await whole.catch(dropped(signal));
  await writer.flush();
  writer.write(blob);
  return blob.size;
}

/**
 * Arriving pieces (tens of KB each) are written in stretches of this size when a body is read as a stream: each
 * write() is a round trip to the browser's file system with a cost of its own (1 MB writes reached about half
 * the speed of 8 MB ones in the bench's Chromium).
 */
const STREAM_WRITE_BYTES = 16 * MB;

function joined(pieces: Uint8Array[], bytes: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * Reads a body of unknown or large length as a stream (a server that sends no length, or the whole of a big
 * file in one answer), never holding more than two stretches. One stretch is written while the next arrives.
 * What arrived before the connection dropped is queued too, so the next try continues after it. Returns the
 * bytes queued.
 */
export async function receiveStream(
  response: Response,
  writer: CommittingWriter,
  signal: AbortSignal,
  minCommitBytes: number,
): Promise<number> {
  const stretch = Math.min(STREAM_WRITE_BYTES, minCommitBytes);
  const reader = response.body!.getReader();
  let pieces: Uint8Array[] = [];
  let pending = 0;
  let got = 0;
  const writePending = () => {
    if (!pending) return;
    writer.write(joined(pieces, pending));
    got += pending;
    pieces = [];
    pending = 0;
  };
  try {
    for (;;) {
      const { done, value } = await reader.read().catch(dropped(signal));
      if (done) break;
      pieces.push(value);
      pending += value.byteLength;
      if (pending >= stretch) {
        await writer.flush();
        writePending();
      }
    }
  } finally {
    writePending();
    reader.releaseLock();
  }
  return got;
}
