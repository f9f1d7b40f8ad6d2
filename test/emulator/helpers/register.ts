import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
export function registerHelperRoutes(_app: Hono<EmuEnv>): void {}
