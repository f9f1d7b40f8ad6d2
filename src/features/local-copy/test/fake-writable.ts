// The writable of Chromium's file handles, in memory: writes fill a swap copy (of the file with
// keepExistingData) at the current position, and only close() hands it to the file.

/** A writable over `start` (already copied when keepExistingData); `commit` receives the swap on close(). */
export function fakeSwapWritable(start: Uint8Array<ArrayBuffer>, commit: (bytes: Uint8Array<ArrayBuffer>) => void) {
  let swap = start;
  let pos = 0;
  return {
    seek: async (p: number) => void (pos = p),
    truncate: async (n: number) => void (swap = swap.slice(0, n)),
    // Chromium's writable takes bytes or Blobs.
    write: async (data: Uint8Array | Blob) => {
      const chunk = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
      const next = new Uint8Array(Math.max(swap.length, pos + chunk.length));
      next.set(swap);
      next.set(chunk, pos);
      swap = next;
      pos += chunk.length;
    },
    close: async () => commit(swap),
    abort: async () => {},
  };
}
