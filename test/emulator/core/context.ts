/**
 * The per-emulator state container and the Hono environment type every route uses.
 */
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import type { LogicalClock } from './clock';
import type { IdSource } from './ids';
import type { World } from './world';
import type { AuthState, TokenRecord } from '../auth/auth-state';
import type { FaultStore } from '../control/faults';
import type { BodyFault } from '../control/body-shaping';
import type { EngineSettings } from '../tasks/engine';

export interface ClientRegistration {
  id: string;
  name: string;
  redirectUris: string[];
}

export interface ResolvedOptions {
  seed: string;
  clients: ClientRegistration[];
  accessTokenLifetimeSeconds: number;
  strict: boolean;
  startTime?: number;
}

export interface Emu {
  readonly options: ResolvedOptions;
  /** Own base URL (issuer); set by startEmulator, else derived from each request. */
  baseUrl: string | null;
  readonly clock: LogicalClock;
  ids: IdSource;
  world: World;
  auth: AuthState;
  readonly faults: FaultStore;
  /** Task engine speed and limits (control API `POST /__emulator/engine`); reset restores the options. */
  engine: EngineSettings;
  /** Back to the canonical seed: world, tokens, sessions, faults, clock, id counter. */
  reset(): void;
}

export type EmuEnv = {
  Bindings: Partial<HttpBindings>;
  /** `uploadFault`: a fault to apply while the route reads the request body (control/faults.ts). */
  Variables: { emu: Emu; token: TokenRecord; uploadFault?: BodyFault };
};

export type EmuContext = Context<EmuEnv>;

export function getEmu(c: Context): Emu {
  return (c as EmuContext).get('emu');
}

/** The emulator's own origin, e.g. `http://127.0.0.1:8787` (no trailing slash). */
export function baseUrlOf(c: Context): string {
  return getEmu(c).baseUrl ?? new URL(c.req.url).origin;
}
