/**
 * All Transfer v0.10 routes. Every route needs a strict Transfer bearer token. The task
 * routes (transfer/delete submission, task_list, task/*, endpoint_manager/*) live in tasks/.
 */
import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { requireBearer } from '../core/bearer';
import { TRANSFER_RS } from '../auth/scopes';
import { registerActivation } from './activation';
import { registerBookmarks } from './bookmarks';
import { registerEndpointRoutes } from './endpoints';
import { registerOperations } from './operations';
import { registerRoles } from './roles';
import { registerSharing } from './sharing';
import { registerTaskRoutesAll } from '../tasks/register';

export function registerTransferRoutes(app: Hono<EmuEnv>): void {
  app.use('/v0.10/*', requireBearer('transfer', TRANSFER_RS));
  registerEndpointRoutes(app);
  registerOperations(app);
  registerSharing(app);
  registerRoles(app);
  registerBookmarks(app);
  registerActivation(app);
  registerTaskRoutesAll(app);
}
