// The Globus web app's page for a legacy endpoint, where its activation is done (docs/protocol/helper-pages.md).
export function webActivationUrl(webAppBaseUrl: string, endpointId: string, path?: string): string {
  const params = new URLSearchParams({ origin_id: endpointId });
  if (path) params.set('origin_path', path);
  return `${webAppBaseUrl}/file-manager?${params.toString()}`;
}
