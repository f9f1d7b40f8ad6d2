/**
 * The control API can reset the world and revoke every token, and `npm start` leaves it listening on
 * loopback while the developer browses other sites: a web page must not be able to drive it. Allowed
 * callers send no Origin (scripts, tests), or the emulator's own origin, or the origin of a registered
 * client's redirect URI (the app under test). A changing request (POST) must also say it is JSON — a
 * content type no form or simple cross-origin request can send without a CORS preflight, which is
 * answered only for those same origins. The refusal carries no CORS headers, so a page learns nothing.
 */
import type { MiddlewareHandler } from 'hono';
import { baseUrlOf, type EmuContext, type EmuEnv } from '../core/context';
import { plainError } from '../core/errors';

const originOf = (url: string): string | null => {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
};

export function allowedControlOrigin(c: EmuContext, origin: string): boolean {
  if (origin === originOf(baseUrlOf(c)) || origin === new URL(c.req.url).origin) return true;
  for (const client of c.get('emu').auth.clients.values()) {
    if (client.redirectUris.some((uri) => originOf(uri) === origin)) return true;
  }
  return false;
}

const isJson = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';

export function controlGuard(): MiddlewareHandler<EmuEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowedControlOrigin(c, origin)) {
      return plainError(c, 403, 'Forbidden', `The control API does not answer pages from ${origin}`);
    }
    if (c.req.method === 'POST' && !isJson(c.req.header('content-type'))) {
      return plainError(c, 415, 'UnsupportedMediaType', 'Control requests must be sent as application/json');
    }
    await next();
  };
}
