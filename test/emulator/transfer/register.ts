/**
 * All Transfer v0.10 routes. Every route needs a strict Transfer bearer token. The task
 * engine routes (transfer/delete submission, task_list, task/*, endpoint_manager/*) are
 * not built yet and answer a loud 501 naming the route.
 */
import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { requireBearer } from '../core/bearer';
import { notImplemented } from '../core/errors';
import { TRANSFER_RS } from '../auth/scopes';
import { registerActivation } from './activation';
import { registerBookmarks } from './bookmarks';
import { registerEndpointRoutes } from './endpoints';
import { registerOperations } from './operations';
import { registerRoles } from './roles';
import { registerSharing } from './sharing';

export function registerTransferRoutes(app: Hono<EmuEnv>): void {
  app.use('/v0.10/*', requireBearer('transfer', TRANSFER_RS));
  registerEndpointRoutes(app);
  registerOperations(app);
  registerSharing(app);
  registerRoles(app);
  registerBookmarks(app);
  registerActivation(app);
  for (const path of ['/v0.10/transfer', '/v0.10/delete', '/v0.10/task_list', '/v0.10/task/*', '/v0.10/endpoint_manager/*']) app.all(path, (c) => notImplemented(c));
}
