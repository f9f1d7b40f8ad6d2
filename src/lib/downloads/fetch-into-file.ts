// Fetching a collection's file into a local file handle: large files in parts the browser writes itself.
import type { CollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { MIN_COMMIT_BYTES, MIN_COMMIT_MS, openCommittingWriter } from '@/lib/downloads/committing-writer';
import {
  nextPartLength,
  PART_SIZES,
  receiveStream,
  receiveWhole,
  takeAnswer,
  type PartSizes,
} from '@/lib/downloads/download-parts';

/**
 * The file a download writes, opened lazily: it is created only once the server answered with data, so a
 * download that waits for a login (or fails at once) leaves no empty file behind in the user's folder.
 */
export type LocalTarget = {
  /** The file when it already exists (to continue it), else null. */
  find: () => Promise<FileSystemFileHandle | null>;
  create: () => Promise<FileSystemFileHandle>;
};

export type FetchIntoFile = {
  https: CollectionHttps;
  collectionId: string;
  httpsServer: string;
  path: string;
  /** The file's size as listed: it decides the parts asked for. */
  size: number;
  file: LocalTarget;
  signal: AbortSignal;
  /** Bytes on disk so far (including what an earlier attempt left). */
  onProgress: (done: number) => void;
  minCommitBytes?: number;
  minCommitMs?: number;
  partSizes?: PartSizes;
};

/**
 * Fetches the collection's file into `file` from byte `onDisk` on (0: the whole file, replacing what `found`
 * holds) and returns the file written. A file over the first part's size comes in parts
 * (download-parts.ts), the next one asked for while the last arrives; a server that ignores ranges answers 200
 * with the whole file, which is then written from the start. The file is opened only once the server answered.
 */
export async function fetchIntoFile(
  req: FetchIntoFile,
  found: FileSystemFileHandle | null,
  onDisk: number,
): Promise<FileSystemFileHandle> {
  const minCommitBytes = req.minCommitBytes ?? MIN_COMMIT_BYTES;
  const minCommitMs = req.minCommitMs ?? MIN_COMMIT_MS;
  const sizes = req.partSizes ?? PART_SIZES;
  // Parts asked for ahead end with the download, however it ends.
  const ended = new AbortController();
  const signal = AbortSignal.any([req.signal, ended.signal]);
  const started = performance.now();
  let received = 0;
  const file = { collectionId: req.collectionId, httpsServer: req.httpsServer, path: req.path, signal };
  const ask = (offset: number) => {
    const length = nextPartLength(sizes, req.size, offset, received, performance.now() - started);
    const response = req.https.download({
      ...file,
      ...(offset > 0 ? { offset } : {}),
      ...(length !== undefined ? { length } : {}),
    });
    return { response, ranged: offset > 0 || length !== undefined };
  };
  const answerAt = (offset: number) => ask(offset).response.then((next) => takeAnswer(next, sizes.max));

  let at = onDisk;
  const first = ask(at);
  let response: Response;
  try {
    response = await first.response;
  } catch (err) {
    // A server whose CORS rules leave out the Range header refuses the request before any answer:
    // fetch the whole file instead (a real outage fails this request too).
    if (!(err instanceof NetworkError) || !first.ranged || req.signal.aborted) throw err;
    response = await req.https.download(file);
  }
  // Only now, with the server's answer in hand, is the file opened (created or truncated).
  const target = found ?? (await req.file.create());
  // 200 is the whole file, whatever was asked.
  if (response.status !== 206) at = 0;
  const writer = await openCommittingWriter(target, {
    at,
    size: req.size,
    minCommitBytes,
    minCommitMs,
    onProgress: req.onProgress,
  });
  let failure: { error: unknown } | null = null;
  try {
    let answer = takeAnswer(response, sizes.max);
    for (;;) {
      const partial = answer.response.status === 206;
      const nextAt = at + (answer.length ?? 0);
      // The next part is asked for while this one arrives, so the link never waits for a request.
      const ahead = partial && answer.whole && nextAt < req.size ? answerAt(nextAt) : null;
      ahead?.catch(() => {}); // awaited below, or dropped when this part fails
      const got = answer.whole
        ? await receiveWhole(answer.whole, writer, signal)
        : await receiveStream(answer.response, writer, signal, minCommitBytes);
      received += got;
      at += got;
      if (!partial || at >= req.size) break;
      answer = await (ahead && nextAt === at ? ahead : answerAt(at));
      if (answer.response.status !== 206)
        throw new NetworkError('The server sent the whole file when asked for a part of it; trying again');
    }
    await writer.flush();
  } catch (error) {
    // What arrived before a failure is written (the next try continues after it); a write that failed
    // meanwhile (a full disk) is then the cause to report.
    failure = (await writer.settle()) ?? { error };
  } finally {
    ended.abort();
  }
  // Closing (never aborting) keeps what arrived. A failed write leaves the writable errored, and closing it
  // then throws a bare TypeError that would hide the real cause.
  try {
    await writer.close();
  } catch (closeError) {
    if (!failure) throw closeError;
  }
  if (failure) throw failure.error;
  return target;
}
