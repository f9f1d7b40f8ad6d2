import { collectionFileUrl, type CollectionHttps } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { browser } from '@/lib/downloads/browser';
import { fetchIntoFile } from '@/lib/downloads/fetch-into-file';

/** Without a save dialog the bytes must sit in memory as a Blob; above this, navigate instead. */
export const BLOB_LIMIT = 50 * 1024 * 1024;

export type DownloadRequest = {
  https: CollectionHttps;
  collectionId: string;
  httpsServer: string;
  path: string;
  name: string;
  /** Size from the listing; the answer's Content-Length wins when present. */
  size: number;
  onProgress: (received: number, total: number) => void;
  signal?: AbortSignal;
};

export type DownloadOutcome = 'saved' | 'navigated' | 'cancelled';

/** The URL a plain navigation downloads from (`?download` asks for Content-Disposition: attachment). */
export const navigationUrl = (httpsServer: string, path: string) => `${collectionFileUrl(httpsServer, path)}?download`;

/**
 * Fetch with progress where the HTTPS server allows this origin, into the file the save dialog of the File
 * System Access API gives when present (fetch-into-file.ts), else a Blob for small files; otherwise, or when
 * the fetch is blocked (CORS), a plain navigation, which the server authenticates itself
 * (docs/protocol/https-access.md#cors-and-the-navigation-fallback).
 */
export async function downloadFile(req: DownloadRequest): Promise<DownloadOutcome> {
  const picker = browser.savePicker();
  let handle: FileSystemFileHandle | null = null;
  if (picker) {
    try {
      handle = await picker({ suggestedName: req.name });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return 'cancelled';
      // e.g. SecurityError when the click's user activation has run out: go on without the dialog.
      if (!(err instanceof DOMException)) throw err;
    }
  }
  if (!handle && req.size > BLOB_LIMIT) {
    browser.navigate(navigationUrl(req.httpsServer, req.path));
    return 'navigated';
  }

  const target = { collectionId: req.collectionId, httpsServer: req.httpsServer, path: req.path };
  // Chromium's handles can remove their file; elsewhere the file stays.
  const removeFile = (picked: FileSystemFileHandle | null) =>
    (picked as { remove?: () => Promise<void> } | null)?.remove?.().catch(() => {});
  // The server refused the fetch before any answer (CORS): its own download, by navigation, instead.
  const navigateInstead = async (picked: FileSystemFileHandle | null): Promise<DownloadOutcome> => {
    await removeFile(picked); // the empty file the picker created
    browser.navigate(navigationUrl(req.httpsServer, req.path));
    return 'navigated';
  };

  if (handle) {
    // Into the chosen file as the copies to this computer do it: a large file in parts the browser writes itself.
    const picked = handle;
    let answered = false;
    req.onProgress(0, req.size);
    try {
      await fetchIntoFile(
        {
          ...target,
          https: req.https,
          size: req.size,
          signal: req.signal ?? new AbortController().signal,
          file: {
            find: () => Promise.resolve(null),
            create: () => {
              answered = true;
              return Promise.resolve(picked);
            },
          },
          onProgress: (done) => req.onProgress(done, req.size),
        },
        null,
        0,
      );
    } catch (err) {
      if (!answered && err instanceof NetworkError) return navigateInstead(picked);
      // Failed or cancelled part-way: no half-written file is left under the chosen name.
      if (answered) await removeFile(picked);
      throw err;
    }
    return 'saved';
  }

  let response: Response;
  try {
    response = await req.https.download({ ...target, ...(req.signal ? { signal: req.signal } : {}) });
  } catch (err) {
    if (!(err instanceof NetworkError)) throw err;
    return navigateInstead(null);
  }
  const total = Number(response.headers.get('Content-Length')) || req.size;
  let received = 0;
  req.onProgress(0, total);
  const counted = response.body!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        req.onProgress(received, total);
        controller.enqueue(chunk);
      },
    }),
  );
  const blob = await new Response(counted).blob();
  browser.saveBlob(blob, req.name);
  return 'saved';
}
