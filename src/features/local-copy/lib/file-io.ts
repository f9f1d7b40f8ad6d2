// Copying one file's bytes, in either direction, without ever holding the whole file in memory.
import type { CollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';

/**
 * The copy ended with another size than the source had: the file is reported, never counted as copied.
 * `actual` is null when the target does not list the file at all.
 */
export class SizeMismatchError extends Error {
  override readonly name = 'SizeMismatchError';
  constructor(
    readonly expected: number,
    readonly actual: number | null,
  ) {
    super(
      actual === null
        ? `Not listed after copying, expected ${expected} bytes`
        : `Size after copying is ${actual} bytes, expected ${expected}`,
    );
  }
}

/**
 * Smallest stretch of a download written before it is committed to disk. Chromium's createWritable
 * writes into a swap file that replaces the real file only on close(): bytes not yet closed are lost if the
 * tab closes or reloads. Reopening with keepExistingData copies the file so far into a new swap file, so
 * committing every few megabytes would copy a large file over and over. The stretch therefore grows with the
 * file (at least this much, at most what is already committed): the copying stays under the file's size
 * again, and a reload loses at most the part written since the last commit, never more than half the file.
 * A failure or a pause always closes (commits) what was written, so only a reload can lose bytes.
 */
export const MIN_COMMIT_BYTES = 64 * 1024 * 1024;

/**
 * Arriving pieces (tens of KB each) are written to disk in stretches of about this size: each write() is a round
 * trip to the browser's file system with a cost of its own: in the bench's Chromium, 1 MB writes reached about half
 * the speed of 8 MB and larger ones (`npm run bench -- https` shows a raw download into a file beside the app's).
 */
const WRITE_BYTES = 16 * 1024 * 1024;

type Writable = FileSystemWritableFileStream;

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
 * The file a download writes, opened lazily: it is created only once the server answered with data, so a
 * download that waits for a login (or fails at once) leaves no empty file behind in the user's folder.
 */
export type LocalTarget = {
  /** The file when it already exists (to continue it), else null. */
  find: () => Promise<FileSystemFileHandle | null>;
  create: () => Promise<FileSystemFileHandle>;
};

export type DownloadInto = {
  https: CollectionHttps;
  collectionId: string;
  httpsServer: string;
  path: string;
  size: number;
  file: LocalTarget;
  /** What is on disk is this copy's own earlier attempt: continue it. Otherwise it is overwritten. */
  resume: boolean;
  signal: AbortSignal;
  /** Bytes on disk so far (including what an earlier attempt left). */
  onProgress: (done: number) => void;
  minCommitBytes?: number;
};

/**
 * Streams the collection's file into `file`, continuing from what is already on disk with a Range request
 * (a server that ignores the range answers 200, and the file is written again from the start).
 */
export async function downloadInto(req: DownloadInto): Promise<void> {
  const minCommit = req.minCommitBytes ?? MIN_COMMIT_BYTES;
  const found = req.resume ? await req.file.find() : null;
  let onDisk = found ? (await found.getFile()).size : 0;
  // Longer than the source: not a partial copy of it; start again.
  if (onDisk > req.size) onDisk = 0;
  req.onProgress(onDisk);
  let file = found;
  if (!found || onDisk < req.size) {
    const get = (offset: number) =>
      req.https.download({
        collectionId: req.collectionId,
        httpsServer: req.httpsServer,
        path: req.path,
        signal: req.signal,
        ...(offset > 0 ? { offset } : {}),
      });
    let response: Response;
    try {
      response = await get(onDisk);
    } catch (err) {
      // A server whose CORS rules leave out the Range header refuses the request before any answer:
      // fetch the whole file instead (a real outage fails this request too).
      if (!(err instanceof NetworkError) || onDisk === 0 || req.signal.aborted) throw err;
      onDisk = 0;
      response = await get(0);
    }
    // Only now, with the server's answer in hand, is the file opened (created or truncated).
    const target = found ?? (await req.file.create());
    file = target;
    const resumed = onDisk > 0 && response.status === 206;
    let written = resumed ? onDisk : 0;
    let committed = written;
    // Without keepExistingData the writable starts empty: an older file is replaced when it closes.
    let writable: Writable = await target.createWritable({ keepExistingData: resumed });
    if (resumed) await writable.seek(onDisk);
    const reader = response.body!.getReader();
    const stretch = Math.min(WRITE_BYTES, minCommit);
    let pieces: Uint8Array[] = [];
    let pending = 0;
    // One stretch is written while the next one arrives: the disk and the network work at the same time
    // rather than in turn, and memory stays at two stretches at most. Writes (and commits) run in order;
    // the first failed one is kept, and nothing is written after it (the writable is errored).
    let writes: Promise<void> = Promise.resolve();
    let writeFailure: { error: unknown } | null = null;
    const writePending = () => {
      if (!pending) return;
      const data = joined(pieces, pending);
      pieces = [];
      pending = 0;
      writes = writes
        .then(async () => {
          if (writeFailure) return;
          await writable.write(data);
          written += data.byteLength;
          req.onProgress(written);
          if (written < req.size && written - committed >= Math.max(minCommit, committed)) {
            await writable.close();
            committed = written;
            writable = await target.createWritable({ keepExistingData: true });
            await writable.seek(written);
          }
        })
        .catch((error: unknown) => {
          writeFailure ??= { error };
        });
    };
    const writesDone = async () => {
      await writes;
      if (writeFailure) throw writeFailure.error;
    };
    // A failed write leaves the writable errored, and closing it then throws a bare TypeError that would
    // hide the real cause (a full disk pauses the copy; other faults have their own messages).
    let failure: { error: unknown } | null = null;
    try {
      for (;;) {
        const { done, value } = await reader.read().catch((cause: unknown) => {
          // A body cut short rejects with a bare TypeError: it is a dropped connection, worth a retry.
          if (req.signal.aborted) throw cause;
          throw new NetworkError('The connection dropped during the download', { cause });
        });
        if (done) break;
        pieces.push(value);
        pending += value.byteLength;
        if (pending >= stretch) {
          await writesDone();
          writePending();
        }
      }
      writePending();
      await writesDone();
    } catch (error) {
      // What arrived before the connection dropped is kept too, so the next try continues after it; a write
      // that failed meanwhile (a full disk) is then the cause to report.
      writePending();
      await writes;
      failure = writeFailure ?? { error };
    }
    // Closing (never aborting) keeps what arrived, so the next attempt continues from there.
    reader.releaseLock();
    try {
      await writable.close();
    } catch (closeError) {
      if (!failure) throw closeError;
    }
    if (failure) throw failure.error;
  }
  const actual = file ? (await file.getFile()).size : 0;
  if (actual !== req.size) throw new SizeMismatchError(req.size, actual);
}

export type UploadFrom = {
  https: CollectionHttps;
  collectionId: string;
  httpsServer: string;
  path: string;
  size: number;
  file: FileSystemFileHandle;
  signal: AbortSignal;
  onProgress: (done: number) => void;
};

/**
 * PUTs the file as a File body, which the browser streams from disk; a PUT cannot resume, so it starts at 0.
 * Returns the size sent: the caller checks it against what the collection lists afterwards.
 */
export async function uploadFrom(req: UploadFrom): Promise<number> {
  const body = await req.file.getFile();
  req.onProgress(0);
  await req.https.upload({
    collectionId: req.collectionId,
    httpsServer: req.httpsServer,
    path: req.path,
    body,
    signal: req.signal,
    onProgress: (sent) => req.onProgress(sent),
  });
  return body.size;
}
