import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { registerAuthApi } from './api-routes';
import { registerAuthorize } from './authorize';
import { registerTokenEndpoint } from './token-endpoint';
import { registerWebPages } from './web-pages';

/** All Globus Auth routes (docs/protocol/auth.md, docs/protocol/helper-pages.md#auth-pages). */
export function registerAuthRoutes(app: Hono<EmuEnv>): void {
  registerAuthorize(app);
  registerTokenEndpoint(app);
  registerAuthApi(app);
  registerWebPages(app);
}
