import type * as v from 'valibot';
import type { AppConfig } from '@/config/schema';
import type { AuthClient } from '@/lib/auth/auth-client';
import { RESOURCE_SERVERS } from '@/lib/auth/scopes';
import { CLIENT_INFO_HEADER } from '@/lib/globus/client-info';
import { GlobusError, NetworkError, parseGlobusError, type Service } from '@/lib/globus/errors';
import { parseResponse, routeName, type ResponseSchema } from '@/lib/globus/response';

export type { Service } from '@/lib/globus/errors';

export type QueryValue = string | number | boolean | undefined | string[];

export type { ResponseSchema } from '@/lib/globus/response';

export type RequestOptions<S extends ResponseSchema = ResponseSchema> = {
  service: Service;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Relative to the service base, e.g. `operation/endpoint/<id>/ls` or `v2/api/identities`. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** The shape the answer must have; a body that does not fit fails as an UnexpectedResponseError. */
  schema: S;
  /**
   * A directory listing, which may be made in the listing worker (listing/off-page-listings.ts), with this
   * same request() there. request() itself ignores it.
   */
  offPage?: boolean;
  /**
   * Reads a 2xx answer in place of reading it whole and checking it against `schema`, which `check` does
   * for a body: the listing worker reads a listing while it arrives (listing/listing-stream.ts).
   */
  readOk?: (response: Response, check: (body: unknown) => unknown) => Promise<unknown>;
};

export interface GlobusHttp {
  request<S extends ResponseSchema>(opts: RequestOptions<S>): Promise<v.InferOutput<S>>;
}

export type GlobusHttpDeps = {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

export const MAX_RETRIES = 5;
const RETRY_STATUSES = new Set([429, 500, 502, 503, 504]);

/** Query strings as Globus expects them: arrays as repeated params, booleans as true/false. */
export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function serviceBaseUrl(config: AppConfig, service: Service): string {
  if (service === 'transfer') return config.transferBaseUrl;
  if (service === 'groups') return config.groupsBaseUrl;
  return `${config.authBaseUrl}/`;
}

/** An integer Retry-After on 429/503, in seconds (docs/protocol/errors-and-retries.md#retries). */
export function retryAfterSeconds(response: Response): number | undefined {
  if (response.status !== 429 && response.status !== 503) return undefined;
  const header = response.headers.get('Retry-After')?.trim();
  return header && /^\d+$/.test(header) ? Number(header) : undefined;
}

/** SDK backoff (docs/protocol/errors-and-retries.md#retries): 0.25–0.75 s × 2^attempt, or the server's Retry-After. */
export function retryDelayMs(response: Response, attempt: number, random: () => number): number {
  const seconds = retryAfterSeconds(response);
  return seconds === undefined ? backoffMs(attempt, random) : seconds * 1000;
}

const backoffMs = (attempt: number, random: () => number) => (0.25 + 0.5 * random()) * 2 ** attempt * 1000;

/** Transfer codes that describe the storage, not a passing overload: retrying will not help. */
const isPermanent = (err: GlobusError) => err.code.includes('ExternalError') || err.code.includes('EndpointError');

const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function readBody(response: Response): Promise<unknown> {
  return bodyOf(await response.text());
}

/** A body's text as request() reads it: JSON, the text itself if not JSON, undefined if empty. */
export function bodyOf(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted', 'AbortError');
}

/** The one place that calls fetch for Globus APIs: tokens, client-info header, errors, retries. */
export function createGlobusHttp(
  config: AppConfig,
  tokens: { getAccessToken: AuthClient['getAccessToken'] },
  deps: GlobusHttpDeps = {},
): GlobusHttp {
  const fetchImpl = deps.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const sleep = deps.sleep ?? defaultSleep;
  const random = deps.random ?? Math.random;

  async function request<S extends ResponseSchema>(opts: RequestOptions<S>): Promise<v.InferOutput<S>> {
    const method = opts.method ?? 'GET';
    const resourceServer = RESOURCE_SERVERS[opts.service];
    const url = `${serviceBaseUrl(config, opts.service)}${opts.path.replace(/^\/+/, '')}${buildQuery(opts.query)}`;
    const headers: Record<string, string> = { Accept: 'application/json', 'X-Globus-Client-Info': CLIENT_INFO_HEADER };
    let body: string | undefined;
    if (opts.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }

    const loginRequired = (status = 401) =>
      new GlobusError({
        service: opts.service,
        status,
        code: 'LoginRequired',
        message: 'You are not logged in to Globus, or your login has expired.',
        body: undefined,
        loginRequired: true,
      });

    let token = await tokens.getAccessToken(resourceServer);
    if (!token) throw loginRequired();
    let refreshed = false;
    let retries = 0;

    for (;;) {
      if (opts.signal?.aborted) throw abortError(opts.signal);
      let response: Response;
      try {
        const init: RequestInit = { method, headers: { ...headers, Authorization: `Bearer ${token}` } };
        if (body !== undefined) init.body = body;
        if (opts.signal) init.signal = opts.signal;
        response = await fetchImpl(url, init);
      } catch (cause) {
        if (opts.signal?.aborted) throw abortError(opts.signal);
        // Only reads are safe to repeat when we cannot know whether the server saw the request. A browser
        // that knows it is offline fails at once: the page says so, and queries refetch on reconnect.
        if (method === 'GET' && retries < MAX_RETRIES && !browserOffline()) {
          await sleep(backoffMs(retries, random));
          retries += 1;
          continue;
        }
        throw new NetworkError(`Could not reach Globus (${opts.service})`, { cause });
      }

      if (response.ok) {
        const context = { service: opts.service, status: response.status, route: routeName(opts.path) };
        const check = (body: unknown) => parseResponse(opts.schema, body, context);
        if (opts.readOk) return opts.readOk(response, check);
        return check(await readBody(response));
      }

      const error = parseGlobusError(opts.service, response.status, await readBody(response), {
        retryAfterSeconds: retryAfterSeconds(response),
      });

      if (response.status === 401 && !error.needsReauthorization) {
        if (refreshed) {
          error.loginRequired = true;
          throw error;
        }
        refreshed = true;
        const next = await tokens.getAccessToken(resourceServer, { forceRefresh: true });
        if (!next) {
          error.loginRequired = true;
          throw error;
        }
        token = next;
        continue;
      }

      if (RETRY_STATUSES.has(response.status) && !isPermanent(error) && retries < MAX_RETRIES) {
        await sleep(retryDelayMs(response, retries, random));
        retries += 1;
        continue;
      }
      throw error;
    }
  }

  return { request };
}
