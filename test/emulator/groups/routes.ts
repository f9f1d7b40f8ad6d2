import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
export function registerGroupsRoutes(_app: Hono<EmuEnv>): void {}
