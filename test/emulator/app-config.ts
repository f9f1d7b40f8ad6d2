/**
 * config.json contents pointing the app at an emulator (contract: docs/contracts.md).
 */
export interface EmulatorAppConfig {
  clientId: string;
  authBaseUrl: string;
  transferBaseUrl: string;
  groupsBaseUrl: string;
  webAppBaseUrl: string;
  appName: string;
  requestRefreshTokens: boolean;
  redirectUri?: string;
}

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
