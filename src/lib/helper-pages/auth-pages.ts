/**
 * Globus Auth's browser pages (docs/protocol/helper-pages.md#auth-pages): the user goes there with a
 * plain navigation and finds a "Continue to <app>" link back, which Globus shows only for a redirect
 * URI registered for the client.
 */
export type AuthPage = 'logout' | 'identities' | 'consents';

export function authPageUrl(
  app: { authBaseUrl: string; clientId: string; redirectUri: string; appName: string },
  page: AuthPage,
  /** Where "Continue" leads: the app's registered redirect URI unless told (it must be registered too). */
  back: string = app.redirectUri,
): string {
  const url = new URL(`${app.authBaseUrl.replace(/\/+$/, '')}/v2/web/${page}`);
  url.searchParams.set('client_id', app.clientId);
  url.searchParams.set('redirect_uri', back);
  url.searchParams.set('redirect_name', app.appName);
  return url.href;
}
