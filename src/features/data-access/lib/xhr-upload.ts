import { CollectionHttpsError } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { CLIENT_INFO_HEADER } from '@/lib/globus/client-info';
import { httpsScope } from '@/lib/auth/scopes';

export type UploadTarget = {
  collectionId: string;
  /** Full file URL from `collectionFileUrl`. */
  url: string;
  token: string;
  file: Blob;
  onProgress: (sent: number, total: number) => void;
  signal?: AbortSignal;
};

/**
 * PUT with upload progress. The lib's `createCollectionHttps().upload` uses fetch, which reports no
 * upload progress (a streaming request body needs HTTP/2 in Chromium), so uploads use XHR here.
 * Errors mirror the lib's: CollectionHttpsError (with needsConsent for 401/403) or NetworkError.
 */
export function uploadWithProgress(t: UploadTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', t.url);
    xhr.setRequestHeader('Authorization', `Bearer ${t.token}`);
    xhr.setRequestHeader('X-Globus-Client-Info', CLIENT_INFO_HEADER);
    xhr.upload.onprogress = (e) => t.onProgress(e.loaded, e.lengthComputable ? e.total : t.file.size);
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        t.onProgress(t.file.size, t.file.size);
        resolve();
        return;
      }
      const needsConsent = xhr.status === 401 || xhr.status === 403;
      reject(
        new CollectionHttpsError(
          `The collection’s HTTPS server answered HTTP ${xhr.status}`,
          xhr.status,
          needsConsent,
          needsConsent ? [httpsScope(t.collectionId)] : [],
        ),
      );
    };
    xhr.onerror = () => reject(new NetworkError('The collection’s HTTPS server could not be reached from this page'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    if (t.signal) {
      if (t.signal.aborted) return xhr.abort();
      t.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(t.file);
  });
}
