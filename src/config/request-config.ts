/**
 * The request for config.json, in one place for the first script (which starts it before the app's code
 * arrives) and load-config.ts. no-cache: deployers edit this file in place and expect the next reload to see it.
 * It is the app's own static file, not a Globus API, so it does not go through the Globus HTTP client.
 */
export function requestConfig(url = 'config.json'): Promise<Response> {
  return fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
}
