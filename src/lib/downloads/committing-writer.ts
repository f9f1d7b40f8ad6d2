// Writing one download into its local file: in order, one write at a time, committed in growing stretches.

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
 * Nor is a download committed sooner than this after its last commit (or its start). A commit guards against
 * losing time to a reload, and copying what is committed costs time too: on the bench machine, committing a
 * 1 GB download at 64, 128, 256 and 512 MB halved its speed. A download that finishes within this time never
 * pays for a copy, and a reload loses at most this long, or half the file, whichever is more.
 */
export const MIN_COMMIT_MS = 30_000;

export type CommittingWriter = {
  /**
   * Queues `data` after the writes before it and returns at once, so the next bytes can arrive meanwhile.
   * After a failed write nothing more is written.
   */
  write(data: Blob | Uint8Array<ArrayBuffer>): void;
  /** Waits for the queued writes; throws the first that failed. */
  flush(): Promise<void>;
  /** The first failed write, once the queued writes are done (null when none failed). */
  settle(): Promise<{ error: unknown } | null>;
  /** Waits for the queued writes and commits what was written (a failed writable throws here). */
  close(): Promise<void>;
};

export type WriterOptions = {
  /** Where writing starts: the bytes before it are kept (a continued download), the rest is replaced. */
  at: number;
  /** The file's full size: the last stretch is committed by close(), not reopened. */
  size: number;
  minCommitBytes: number;
  minCommitMs: number;
  /** Bytes on disk after each write. */
  onProgress: (written: number) => void;
};

export async function openCommittingWriter(
  target: FileSystemFileHandle,
  { at, size, minCommitBytes, minCommitMs, onProgress }: WriterOptions,
): Promise<CommittingWriter> {
  // Without keepExistingData the writable starts empty: an older file is replaced when it closes.
  let writable = await target.createWritable({ keepExistingData: at > 0 });
  if (at > 0) await writable.seek(at);
  let written = at;
  let committed = at;
  let committedAt = performance.now();
  let writes: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;

  const writeOne = async (data: Blob | Uint8Array<ArrayBuffer>) => {
    if (failure) return;
    await writable.write(data);
    written += data instanceof Blob ? data.size : data.byteLength;
    onProgress(written);
    const due = written - committed >= Math.max(minCommitBytes, committed);
    if (written < size && due && performance.now() - committedAt >= minCommitMs) {
      await writable.close();
      committed = written;
      committedAt = performance.now();
      writable = await target.createWritable({ keepExistingData: true });
      await writable.seek(written);
    }
  };

  return {
    write(data) {
      writes = writes
        .then(() => writeOne(data))
        .catch((error: unknown) => {
          failure ??= { error };
        });
    },
    async flush() {
      await writes;
      if (failure) throw failure.error;
    },
    async settle() {
      await writes;
      return failure;
    },
    async close() {
      await writes;
      await writable.close();
    },
  };
}
