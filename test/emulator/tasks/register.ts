/**
 * Task routes (Transfer v0.10 task engine) and the engine's catch-up hook: before every request
 * the engine runs tasks up to the logical clock, bounded per request so a huge task cannot stall
 * the server (it continues on the next request or clock advance).
 */
import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { catchUp } from './engine';
import { registerManagerRoutes, settleAdminCancels } from './routes-manager';
import { registerPauseRuleRoutes } from './routes-pause-rules';
import { registerSubmitRoutes } from './routes-submit';
import { registerTaskRoutes } from './routes-task';

/** Units one request may process while catching up (realtime servers). */
export const REQUEST_UNIT_BUDGET = 20_000;

export function registerTaskEngineHook(app: Hono<EmuEnv>): void {
  app.use('*', async (c, next) => {
    if (c.req.method !== 'OPTIONS') {
      // Cancels fall due first, so a clock jump past their time does not let their tasks finish instead.
      settleAdminCancels(c.get('emu'));
      catchUp(c.get('emu'), REQUEST_UNIT_BUDGET);
    }
    await next();
  });
}

export function registerTaskRoutesAll(app: Hono<EmuEnv>): void {
  registerSubmitRoutes(app);
  registerTaskRoutes(app);
  registerManagerRoutes(app);
  registerPauseRuleRoutes(app);
}
