/**
 * A download or upload the HTTPS consent round trip interrupted. It travels through the login as part
 * of the page's appState, and starts again once the user is back in the same folder (an upload's
 * files wait in IndexedDB: lib/pending-upload-store.ts).
 */
export type HttpsResume =
  | { kind: 'https-download'; collectionId: string; folder: string; name: string; size: number }
  | { kind: 'https-upload'; collectionId: string; folder: string };

export function isHttpsResume(value: unknown): value is HttpsResume {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.collectionId !== 'string' || typeof v.folder !== 'string') return false;
  if (v.kind === 'https-upload') return true;
  return v.kind === 'https-download' && typeof v.name === 'string' && typeof v.size === 'number';
}
