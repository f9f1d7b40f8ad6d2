import type { AppConfig } from '@/config/schema';
import { paths } from '@/lib/routes/paths';

/**
 * A Globus Auth page that offers "Continue to <this app>" back to this very page
 * (docs/protocol/helper-pages.md: client_id brands it, redirect_uri and redirect_name make the way back).
 */
export function globusAuthPage(config: AppConfig, page: 'identities' | 'consents'): string {
  const url = new URL(`${config.authBaseUrl}/v2/web/${page}`);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('redirect_uri', `${config.redirectUri}${paths.account()}`);
  url.searchParams.set('redirect_name', config.appName);
  return url.href;
}
