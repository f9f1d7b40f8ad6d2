import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
export function registerTransferRoutes(_app: Hono<EmuEnv>): void {}
