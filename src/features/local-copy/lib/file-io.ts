// Copying one file's bytes, in either direction, without ever holding the whole file in memory.
import type { CollectionHttps } from '@/lib/globus/https';
import { fetchIntoFile, type FetchIntoFile } from '@/lib/downloads/fetch-into-file';

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

export type DownloadInto = FetchIntoFile & {
  /** What is on disk is this copy's own earlier attempt: continue it. Otherwise it is overwritten. */
  resume: boolean;
};

/** Fetches the collection's file into `file`, continuing from what is already on disk, and checks the size. */
export async function downloadInto(req: DownloadInto): Promise<void> {
  const found = req.resume ? await req.file.find() : null;
  let onDisk = found ? (await found.getFile()).size : 0;
  // Longer than the source: not a partial copy of it; start again.
  if (onDisk > req.size) onDisk = 0;
  req.onProgress(onDisk);
  const file = !found || onDisk < req.size ? await fetchIntoFile(req, found, onDisk) : found;
  const actual = (await file.getFile()).size;
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
