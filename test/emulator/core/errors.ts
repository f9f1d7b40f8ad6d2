/**
 * Error documents, one builder per service (docs/protocol/errors-and-retries.md). Every service answers in
 * its own shape; the control API and unbuilt routes use Transfer's shape only when the
 * path is a Transfer path.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { getEmu } from './context';

export type Service = 'transfer' | 'auth' | 'groups' | 'https' | 'web' | 'control';

/** Which service a request path belongs to (contract: docs/contracts.md path layout). */
export function serviceOf(path: string): Service {
  if (path.startsWith('/v0.10/')) return 'transfer';
  if (path.startsWith('/v2/groups')) return 'groups';
  if (
    path.startsWith('/v2/api/') ||
    path.startsWith('/v2/oauth2/') ||
    path === '/jwk.json' ||
    path.startsWith('/.well-known/')
  )
    return 'auth';
  if (path.startsWith('/__https/')) return 'https';
  if (path.startsWith('/__emulator/')) return 'control';
  return 'web';
}

/** Transfer resource: the request path without the /v0.10 prefix (as most live captures show). */
export function transferResource(path: string): string {
  return path.replace(/^\/v0\.10/, '');
}

/** Shape: docs/protocol/errors-and-retries.md#transfer-errors, fixtures transfer.error.*.json. */
export function transferError(
  c: Context,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
): Response {
  const emu = getEmu(c);
  return c.json(
    { code, message, request_id: emu.ids.requestId(), resource: transferResource(c.req.path), ...extra },
    status as ContentfulStatusCode,
  );
}

const AUTH_TITLES: Record<number, [string, string]> = {
  400: ['BAD_REQUEST', 'Bad Request'],
  401: ['UNAUTHORIZED', 'Unauthorized'],
  403: ['FORBIDDEN', 'Forbidden'],
  404: ['NOT_FOUND', 'Not Found'],
  429: ['TOO_MANY_REQUESTS', 'Too Many Requests'],
  500: ['INTERNAL_ERROR', 'Internal Server Error'],
  501: ['NOT_IMPLEMENTED', 'Not Implemented'],
  503: ['SERVICE_UNAVAILABLE', 'Service Unavailable'],
};

/** Shape: docs/protocol/errors-and-retries.md#auth-errors, fixture auth.error.unauthorized.json. */
export function authErrorBody(
  emuIds: { uuid(l?: string): string },
  status: number,
  detail: string,
): Record<string, unknown> {
  const [code, title] = AUTH_TITLES[status] ?? ['ERROR', 'Error'];
  return {
    errors: [{ status: String(status), id: emuIds.uuid('auth-error'), code, title, detail }],
    error: title.toLowerCase().replace(/ /g, '_'),
    error_description: title,
  };
}

export function authError(c: Context, status: number, detail: string): Response {
  return c.json(authErrorBody(getEmu(c).ids, status, detail), status as ContentfulStatusCode);
}

/** Shape: docs/protocol/errors-and-retries.md#groups-errors (Groups BaseErrorModel `{code, detail}`). */
export function groupsError(
  c: Context,
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Response {
  return c.json({ code, detail, ...extra }, status as ContentfulStatusCode);
}

/** Provisional shape for the collection HTTPS servers and the control API: `{code, message}`. */
export function plainError(c: Context, status: number, code: string, message: string): Response {
  return c.json({ code, message }, status as ContentfulStatusCode);
}

const GENERIC_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'AuthenticationFailed',
  403: 'PermissionDenied',
  404: 'ClientError.NotFound',
  409: 'Conflict',
  429: 'RequestLimitExceeded',
  500: 'InternalError',
  502: 'ExternalError',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

/** An error in the proper shape of whichever service `c`'s path belongs to. */
export function serviceError(c: Context, status: number, message: string, code?: string): Response {
  switch (serviceOf(c.req.path)) {
    case 'transfer':
      return transferError(c, status, code ?? GENERIC_CODES[status] ?? 'Error', message);
    case 'auth':
      return authError(c, status, message);
    case 'groups':
      return groupsError(c, status, code ?? GENERIC_CODES[status] ?? 'ERROR', message);
    default:
      return plainError(c, status, code ?? GENERIC_CODES[status] ?? 'Error', message);
  }
}

/** Loud 501 for every route not built yet (docs/architecture.md#emulator), in the service's own shape. */
export function notImplemented(c: Context): Response {
  return serviceError(
    c,
    501,
    `The Globus emulator does not implement ${c.req.method} ${c.req.path} yet`,
    'NotImplemented',
  );
}
