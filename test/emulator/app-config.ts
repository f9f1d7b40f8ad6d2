/**
 * config.json contents pointing the app at an emulator (contract: docs/contracts.md).
 */
import type { AppConfig } from '../../src/config/schema';

/** The app's own config shape; the redirect URI defaults to the page's URL as in any deployment. */
export type EmulatorAppConfig = Omit<AppConfig, 'redirectUri' | 'helperPortalOrigins' | 'collectionDomains'> &
  Partial<Pick<AppConfig, 'redirectUri' | 'helperPortalOrigins' | 'collectionDomains'>>;

export function emulatorAppConfig(url: string, clientId: string, redirectUri?: string): EmulatorAppConfig {
  const base = url.replace(/\/+$/, '');
  const config: EmulatorAppConfig = {
    clientId,
    authBaseUrl: base,
    transferBaseUrl: `${base}/v0.10/`,
    groupsBaseUrl: `${base}/v2/`,
    webAppBaseUrl: base,
    appName: 'Globus Browser Client (emulator)',
    requestRefreshTokens: true,
  };
  if (redirectUri !== undefined) config.redirectUri = redirectUri;
  return config;
}

/** The redirect URIs of an app served on this machine at `port`: a browser may open it by either name. */
export function localAppUrls(port: number): string[] {
  return [`http://localhost:${port}/`, `http://127.0.0.1:${port}/`];
}
