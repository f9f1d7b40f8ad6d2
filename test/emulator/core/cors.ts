/**
 * CORS as docs/protocol/README.md#cors describes for the emulator: echo Origin, no
 * credentials, preflight allows GET/POST/PUT/PATCH/DELETE/OPTIONS and the headers
 * Authorization, Content-Type, X-Globus-Client-Info, Accept, Range; Retry-After is exposed so
 * browser code can honour 429s, Content-Range so a resumed download can check the part it got.
 */
import type { MiddlewareHandler } from 'hono';
import type { EmuEnv } from './context';

export const CORS_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
export const CORS_HEADERS = 'Authorization, Content-Type, X-Globus-Client-Info, Accept, Range';

export function cors(): MiddlewareHandler<EmuEnv> {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS' && origin && c.req.header('access-control-request-method')) {
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': CORS_METHODS,
          'Access-Control-Allow-Headers': CORS_HEADERS,
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    }
    await next();
    if (origin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After, Content-Range');
      c.res.headers.append('Vary', 'Origin');
    }
  };
}
