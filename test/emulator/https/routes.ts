import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
export function registerHttpsRoutes(_app: Hono<EmuEnv>): void {}
