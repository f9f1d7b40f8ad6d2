import { bodyOf } from '@/lib/globus/http';
import { DataArrayScanner } from '@/lib/globus/listing/data-array-scanner';
import { isFileEntry, type FileEntry, type FileList } from '@/lib/globus/schemas/file-list';

// A listing read while it arrives: its entries are parsed and checked a few thousand at a time and
// handed on (to the page) during the download, so little is left to do once the last byte is in. The
// answer is also kept whole: when anything about it is unusual, or fails a check, it is parsed and
// checked whole, as request() does for every answer, so the result or the error is the same as ever.

/** Entries handed on at a time: small enough for the page to turn into objects in a few milliseconds. */
export const BATCH = 4000;

export type ListingSink = {
  /** The next entries, in order, all checked. */
  entries(batch: FileEntry[]): void;
  /** Entries handed on are to be dropped: the answer was read whole after all, and comes back whole. */
  restart(): void;
};

const isEntry = (x: unknown) =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && isFileEntry(x as Record<string, unknown>);

/**
 * request()'s `readOk` for a listing: the answer with the entries not yet handed to `sink` as DATA, or
 * what `check` (the listing schema's check) gives for the whole body.
 */
export async function readListing(
  response: Response,
  check: (body: unknown) => FileList,
  sink: ListingSink,
): Promise<FileList> {
  const pieces: string[] = [];
  const scanner = new DataArrayScanner();
  let ready: FileEntry[] = [];
  let handedOn = false;
  const take = (piece: string) => {
    pieces.push(piece);
    const items = scanner.push(piece);
    if (!items.every(isEntry)) scanner.confused = true;
    if (scanner.confused) return;
    for (const item of items) ready.push(item as FileEntry);
    if (ready.length >= BATCH) {
      sink.entries(ready);
      ready = [];
      handedOn = true;
    }
  };

  if (response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      take(value);
    }
  } else take(await response.text());

  const head = scanner.finish();
  if (head) {
    try {
      return { ...check(head), DATA: ready };
    } catch {
      // Read whole below, so the error carries the whole body, as request()'s does.
    }
  }
  if (handedOn) sink.restart();
  return check(bodyOf(pieces.join('')));
}
