/** A collection's own page on the Globus web app (docs/protocol/helper-pages.md), where GCSv5 sharing is done. */
export const webAppCollectionUrl = (webAppBaseUrl: string, collectionId: string) =>
  `${webAppBaseUrl}/file-manager/collections/${encodeURIComponent(collectionId)}`;
