import { httpsScope } from '@/lib/auth/scopes';
import type { AuthClient } from '@/lib/auth/auth-client';
import { CLIENT_INFO_HEADER } from '@/lib/globus/client-info';
import { NetworkError } from '@/lib/globus/errors';

/**
 * Collection HTTPS access (docs/protocol/https-access.md): a Bearer token whose resource server is the collection id,
 * sent to the collection's `https_server`. Works only where that server allows this origin (CORS);
 * callers fall back to a plain navigation to `collectionFileUrl(...)` for downloads.
 */

/** `https_server` + path, each segment percent-encoded so `#`, `?`, `%` and spaces survive. */
export function collectionFileUrl(httpsServer: string, path: string): string {
  const base = httpsServer.replace(/\/+$/, '');
  const segments = path.split('/').filter((s) => s !== '');
  return `${base}/${segments.map(encodeURIComponent).join('/')}${path.endsWith('/') && segments.length ? '/' : ''}`;
}

/** A collection HTTPS request failed; `needsConsent` means log in again with `requiredScopes`. */
export class CollectionHttpsError extends Error {
  override readonly name = 'CollectionHttpsError';
  constructor(
    message: string,
    readonly status: number,
    readonly needsConsent: boolean,
    readonly requiredScopes: string[],
  ) {
    super(message);
  }
}

type Target = { collectionId: string; httpsServer: string; path: string; signal?: AbortSignal };

export type UploadTarget = Target & {
  body: Blob;
  /** Bytes sent so far and the total, as the browser reports them while the body goes out. */
  onProgress?: (sent: number, total: number) => void;
};

export type DownloadTarget = Target & {
  /** Ask for the bytes from here on (`Range: bytes=<offset>-`): the server answers 206, or 200 with the whole file. */
  offset?: number;
  /** Ask for this many bytes only (from `offset`, or from the start): `Range: bytes=<offset>-<last>`. */
  length?: number;
};

export interface CollectionHttps {
  /** The streaming Response of a GET; read `body` incrementally, never buffer a huge file. */
  download(target: DownloadTarget): Promise<Response>;
  /** PUT one file; aborting `signal` rejects with an AbortError DOMException. */
  upload(target: UploadTarget): Promise<void>;
}

const unreachable = 'The collection’s HTTPS server could not be reached from this page';

function statusError(status: number, collectionId: string): CollectionHttpsError {
  const needsConsent = status === 401 || status === 403;
  return new CollectionHttpsError(
    `The collection’s HTTPS server answered HTTP ${status}`,
    status,
    needsConsent,
    needsConsent ? [httpsScope(collectionId)] : [],
  );
}

export function createCollectionHttps(
  tokens: { getAccessToken: AuthClient['getAccessToken'] },
  deps: { fetch?: typeof fetch; createXhr?: () => XMLHttpRequest } = {},
): CollectionHttps {
  const fetchImpl = deps.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const createXhr = deps.createXhr ?? (() => new XMLHttpRequest());

  // Asked per request: a long batch can outlive a token, and the auth client refreshes it.
  async function bearer(collectionId: string): Promise<Record<string, string>> {
    const token = await tokens.getAccessToken(collectionId);
    if (!token) {
      throw new CollectionHttpsError('Consent for HTTPS access to this collection is needed', 401, true, [
        httpsScope(collectionId),
      ]);
    }
    return { Authorization: `Bearer ${token}`, 'X-Globus-Client-Info': CLIENT_INFO_HEADER };
  }

  async function download(target: DownloadTarget): Promise<Response> {
    const headers = await bearer(target.collectionId);
    const from = target.offset ?? 0;
    if (target.length !== undefined) headers.Range = `bytes=${from}-${from + target.length - 1}`;
    else if (from) headers.Range = `bytes=${from}-`;
    // A file's bytes go to the user's file, never also into the browser's HTTP cache (which would also rewrite
    // and answer Range requests from what it kept of earlier parts).
    const init: RequestInit = { method: 'GET', headers, cache: 'no-store' };
    if (target.signal) init.signal = target.signal;
    let response: Response;
    try {
      response = await fetchImpl(collectionFileUrl(target.httpsServer, target.path), init);
    } catch (cause) {
      if (target.signal?.aborted) throw cause;
      throw new NetworkError(unreachable, { cause });
    }
    if (response.ok) return response;
    throw statusError(response.status, target.collectionId);
  }

  // XHR rather than fetch: fetch reports no upload progress (a streaming request body needs
  // HTTP/2 in Chromium), and users need a bar for a multi-gigabyte upload.
  async function upload(t: UploadTarget): Promise<void> {
    const headers = await bearer(t.collectionId);
    const total = t.body.size;
    // An XHR aborted before send() fires no event, so an early cancel is answered here.
    if (t.signal?.aborted) throw new DOMException('Upload cancelled', 'AbortError');
    return new Promise((resolve, reject) => {
      const xhr = createXhr();
      xhr.open('PUT', collectionFileUrl(t.httpsServer, t.path));
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (e) => t.onProgress?.(e.loaded, e.lengthComputable ? e.total : total);
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) {
          t.onProgress?.(total, total);
          resolve();
        } else reject(statusError(xhr.status, t.collectionId));
      };
      xhr.onerror = () => reject(new NetworkError(unreachable));
      xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
      t.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(t.body);
    });
  }

  return { download, upload };
}
