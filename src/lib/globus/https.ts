import { httpsScope } from '@/lib/auth/scopes';
import type { AuthClient } from '@/lib/auth/auth-client';
import { CLIENT_INFO_HEADER } from '@/lib/globus/client-info';
import { NetworkError } from '@/lib/globus/errors';

/**
 * Collection HTTPS access (GUIDE §4): a Bearer token whose resource server is the collection id,
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

export interface CollectionHttps {
  /** The streaming Response of a GET; read `body` incrementally, never buffer a huge file. */
  download(target: Target): Promise<Response>;
  upload(target: Target & { body: Blob | ReadableStream<Uint8Array> }): Promise<void>;
}

export function createCollectionHttps(
  tokens: { getAccessToken: AuthClient['getAccessToken'] },
  deps: { fetch?: typeof fetch } = {},
): CollectionHttps {
  const fetchImpl = deps.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function send(method: 'GET' | 'PUT', target: Target, body?: Blob | ReadableStream<Uint8Array>) {
    const scopes = [httpsScope(target.collectionId)];
    const token = await tokens.getAccessToken(target.collectionId);
    if (!token) throw new CollectionHttpsError('Consent for HTTPS access to this collection is needed', 401, true, scopes);
    const init: RequestInit & { duplex?: 'half' } = {
      method,
      headers: { Authorization: `Bearer ${token}`, 'X-Globus-Client-Info': CLIENT_INFO_HEADER },
    };
    if (body !== undefined) {
      init.body = body;
      if (body instanceof ReadableStream) init.duplex = 'half';
    }
    if (target.signal) init.signal = target.signal;
    let response: Response;
    try {
      response = await fetchImpl(collectionFileUrl(target.httpsServer, target.path), init);
    } catch (cause) {
      if (target.signal?.aborted) throw cause;
      throw new NetworkError('The collection’s HTTPS server could not be reached from this page', { cause });
    }
    if (response.ok) return response;
    const needsConsent = response.status === 401 || response.status === 403;
    throw new CollectionHttpsError(
      `The collection’s HTTPS server answered HTTP ${response.status}`,
      response.status,
      needsConsent,
      needsConsent ? scopes : [],
    );
  }

  return {
    download: (target) => send('GET', target),
    upload: async (target) => {
      await send('PUT', target, target.body);
    },
  };
}
