import * as v from 'valibot';

/** Runtime configuration read from `config.json` next to index.html (deployer-edited, never baked in). */
export type AppConfig = {
  clientId: string;
  redirectUri: string;
  authBaseUrl: string;
  transferBaseUrl: string;
  groupsBaseUrl: string;
  webAppBaseUrl: string;
  appName: string;
  requestRefreshTokens: boolean;
};

export const CONFIG_DEFAULTS = {
  authBaseUrl: 'https://auth.globus.org',
  transferBaseUrl: 'https://transfer.api.globus.org/v0.10/',
  groupsBaseUrl: 'https://groups.api.globus.org/v2/',
  webAppBaseUrl: 'https://app.globus.org',
  appName: 'Globus file manager',
  requestRefreshTokens: true,
} as const;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** Tokens travel to these hosts, so plain http is accepted only for a local emulator. */
function isAcceptableServiceUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.search || url.hash || url.username || url.password) return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  } catch {
    return false;
  }
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const serviceUrl = (name: string) =>
  v.pipe(
    v.string(`${name} must be a text value (a URL)`),
    v.trim(),
    v.check(
      isAcceptableServiceUrl,
      `${name} must be an absolute https:// URL without query or fragment (http:// only for localhost)`,
    ),
  );

/** The raw shape of config.json; unknown keys are dropped by `v.object`. */
export const RawConfigSchema = v.object({
  clientId: v.pipe(
    v.string('clientId is required: the UUID of the app registered at app.globus.org/settings/developers'),
    v.trim(),
    v.nonEmpty('clientId is empty: set it to the UUID of the app registered with Globus Auth'),
    v.regex(UUID_RE, 'clientId must be a UUID such as 00000000-0000-0000-0000-000000000000'),
  ),
  redirectUri: v.optional(
    v.pipe(
      v.string('redirectUri must be a text value (a URL)'),
      v.trim(),
      v.check(isAbsoluteHttpUrl, 'redirectUri must be an absolute http(s) URL'),
    ),
  ),
  authBaseUrl: v.optional(serviceUrl('authBaseUrl')),
  transferBaseUrl: v.optional(serviceUrl('transferBaseUrl')),
  groupsBaseUrl: v.optional(serviceUrl('groupsBaseUrl')),
  webAppBaseUrl: v.optional(serviceUrl('webAppBaseUrl')),
  appName: v.optional(
    v.pipe(v.string('appName must be a text value'), v.trim(), v.nonEmpty('appName must not be empty')),
  ),
  requestRefreshTokens: v.optional(v.boolean('requestRefreshTokens must be true or false')),
});

export type RawConfig = v.InferOutput<typeof RawConfigSchema>;

export const withoutTrailingSlash = (url: string): string => url.replace(/\/+$/, '');
export const withTrailingSlash = (url: string): string => `${withoutTrailingSlash(url)}/`;

/** The page's own address without query and hash: the natural redirect target of a single-page app. */
export function defaultRedirectUri(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

export function normaliseConfig(raw: RawConfig, location: Pick<Location, 'origin' | 'pathname'>): AppConfig {
  return {
    clientId: raw.clientId.toLowerCase(),
    redirectUri: raw.redirectUri ?? defaultRedirectUri(location),
    authBaseUrl: withoutTrailingSlash(raw.authBaseUrl ?? CONFIG_DEFAULTS.authBaseUrl),
    transferBaseUrl: withTrailingSlash(raw.transferBaseUrl ?? CONFIG_DEFAULTS.transferBaseUrl),
    groupsBaseUrl: withTrailingSlash(raw.groupsBaseUrl ?? CONFIG_DEFAULTS.groupsBaseUrl),
    webAppBaseUrl: withoutTrailingSlash(raw.webAppBaseUrl ?? CONFIG_DEFAULTS.webAppBaseUrl),
    appName: raw.appName ?? CONFIG_DEFAULTS.appName,
    requestRefreshTokens: raw.requestRefreshTokens ?? CONFIG_DEFAULTS.requestRefreshTokens,
  };
}
