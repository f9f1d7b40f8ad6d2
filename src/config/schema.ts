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
  /**
   * Origins of portals that may use this app as their browse-collections helper page (`#/browse`):
   * its `action` and `cancelurl` must be on one of them, or on this app's own origin.
   */
  helperPortalOrigins: string[];
  /** Host names of collection HTTPS servers this page may reach (`*.` for any sub-domain). */
  collectionDomains: string[];
};

export const CONFIG_DEFAULTS = {
  authBaseUrl: 'https://auth.globus.org',
  transferBaseUrl: 'https://transfer.api.globus.org/v0.10/',
  groupsBaseUrl: 'https://groups.api.globus.org/v2/',
  webAppBaseUrl: 'https://app.globus.org',
  appName: 'Globus file manager',
  requestRefreshTokens: true,
  helperPortalOrigins: [] as string[],
  /** Globus Connect Server v5 collections serve HTTPS on sub-domains of this one. */
  collectionDomains: ['*.data.globus.org'],
};

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

/** `https://portal.example.org`, `https://*.example.org` or a loopback `http://` origin; no path. */
function isOriginPattern(value: string): boolean {
  const m = /^(https?):\/\/(\*\.)?([a-z0-9.-]+|\[[0-9a-f:]+\])(:\d{1,5})?$/i.exec(value);
  if (!m) return false;
  return m[1] === 'https' || (!m[2] && isLoopbackHost(m[3]!.toLowerCase()));
}

/** `g-1a2b3.data.globus.org`, `*.data.globus.org`. */
const isDomainPattern = (value: string) => /^(\*\.)?([a-z0-9-]+\.)+[a-z0-9-]+$/i.test(value) || isLoopbackHost(value);

const stringList = (name: string, ok: (s: string) => boolean, what: string) =>
  v.pipe(
    v.array(v.pipe(v.string(`${name} must list text values`), v.trim()), `${name} must be a list, e.g. [${what}]`),
    v.check((list) => list.every(ok), `every entry of ${name} must look like ${what}`),
  );

/** The raw shape of config.json; a key not named here is refused (`unknownFields`), so a typo is not silently ignored. */
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
  helperPortalOrigins: v.optional(
    stringList('helperPortalOrigins', isOriginPattern, '"https://portal.example.org" (an origin, no path)'),
  ),
  collectionDomains: v.optional(stringList('collectionDomains', isDomainPattern, '"*.data.globus.org"')),
});

/** Keys of config.json that are not settings, each with the setting it most likely meant. */
export function unknownFields(raw: object): { field: string; message: string }[] {
  const known = Object.keys(RawConfigSchema.entries);
  return Object.keys(raw)
    .filter((k) => !known.includes(k))
    .map((k) => {
      const near = known.find((n) => n.toLowerCase() === k.toLowerCase().replace(/[-_ ]/g, ''));
      return {
        field: k,
        message: `is not a setting of this app${near ? ` — did you mean “${near}”?` : ''} (known: ${known.join(', ')})`,
      };
    });
}

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
    helperPortalOrigins: (raw.helperPortalOrigins ?? CONFIG_DEFAULTS.helperPortalOrigins).map((o) => o.toLowerCase()),
    collectionDomains: (raw.collectionDomains ?? CONFIG_DEFAULTS.collectionDomains).map((d) => d.toLowerCase()),
  };
}
