/**
 * A download the HTTPS consent round trip interrupted. It travels through the login as part of the
 * page's appState, and the download starts again once the user is back in the same folder.
 */
export type HttpsResume = { kind: 'https-download'; collectionId: string; folder: string; name: string; size: number };

export function isHttpsResume(value: unknown): value is HttpsResume {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.kind === 'https-download' &&
    typeof v.collectionId === 'string' &&
    typeof v.folder === 'string' &&
    typeof v.name === 'string' &&
    typeof v.size === 'number'
  );
}
