/**
 * Whether this page load is Globus Auth sending the browser back from a login (`?code=…&state=…`, or
 * `?error=…`). The auth client finishes such a load; the first script, before the app's code has arrived,
 * only needs to know it will be logged in.
 */
export function isLoginReturn(query: string | URLSearchParams): boolean {
  const params = new URLSearchParams(query);
  return params.has('code') || params.has('state') || params.has('error');
}
