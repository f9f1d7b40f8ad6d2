/**
 * Hono app factory: one origin serving Auth, Transfer, Groups, helper pages, collection
 * HTTPS servers and the control API (contract: docs/contracts.md).
 */
import { Hono } from 'hono';
import { LogicalClock, type ClockMode } from './core/clock';
import { DEFAULT_ENGINE, type EngineSettings } from './tasks/engine';
import { registerTaskEngineHook } from './tasks/register';
import { registerTaskControlRoutes } from './tasks/control-routes';
import type { ClientRegistration, Emu, EmuEnv, ResolvedOptions } from './core/context';
import { cors } from './core/cors';
import { notImplemented } from './core/errors';
import { IdSource } from './core/ids';
import { AuthState } from './auth/auth-state';
import { registerAuthRoutes } from './auth/register';
import { registerTransferRoutes } from './transfer/register';
import { registerGroupsRoutes } from './groups/routes';
import { registerHelperRoutes } from './helpers/register';
import { registerHttpsRoutes } from './https/routes';
import { registerControlRoutes } from './control/routes';
import { registerFileControlRoutes } from './control/files-routes';
import { controlGuard } from './control/guard';
import { applyState, stateProblem, type StateDoc } from './control/state';
import { FaultStore, faultMiddleware } from './control/faults';
import { buildWorld } from './seed/build-world';
import { DEV_CLIENT_ID, DEV_CLIENT_NAME, DEV_REDIRECT_URIS } from './seed/ids';

export interface EmulatorOptions {
  port?: number;
  host?: string;
  seed?: string;
  clients?: ClientRegistration[];
  accessTokenLifetimeSeconds?: number;
  strict?: boolean;
  /** Logical clock start (epoch seconds); default: real time at creation. */
  startTime?: number;
  /** Own base URL when known up front (otherwise each request's origin is used). */
  baseUrl?: string;
  /** `manual`: the logical clock moves only when advanced (createEmulator default); `realtime`: it also follows wall time (startEmulator default). */
  clock?: ClockMode;
  /** Simulated transfer bandwidth per task (default 100 MiB/s). */
  bandwidthBytesPerSecond?: number;
  /** Per-file overhead as a rate (default 1000 files/s per task). */
  filesPerSecond?: number;
  /** Per-file events recorded for the first this-many files of each task (default 1000). */
  fileEventLimit?: number;
  /** A state dump (GET /__emulator/state) to start from; `POST /__emulator/reset` returns to it. */
  seedState?: StateDoc;
}

const REAL_GLOBUS_HOST = /(^|\.)(globus\.org|globuscs\.info|globusonline\.org|globus\.us)$/i;

/** Refuse to act as issuer under a real Globus host name (docs/architecture.md#emulator). */
export function assertNotRealGlobusHost(hostOrUrl: string): void {
  let host = hostOrUrl;
  try {
    host = new URL(hostOrUrl).hostname;
  } catch {
    /* a bare host name */
  }
  if (REAL_GLOBUS_HOST.test(host))
    throw new Error(`Refusing to start: '${host}' is a real Globus host name; the emulator must not impersonate it`);
}

export function resolveOptions(opts: EmulatorOptions = {}): ResolvedOptions {
  return {
    seed: opts.seed ?? 'default',
    clients: opts.clients ?? [{ id: DEV_CLIENT_ID, name: DEV_CLIENT_NAME, redirectUris: DEV_REDIRECT_URIS }],
    accessTokenLifetimeSeconds: opts.accessTokenLifetimeSeconds ?? 172_800,
    strict: opts.strict ?? true,
    startTime: opts.startTime,
  };
}

export function createEmu(opts: EmulatorOptions = {}): Emu {
  if (opts.baseUrl) assertNotRealGlobusHost(opts.baseUrl);
  if (opts.host) assertNotRealGlobusHost(opts.host);
  const options = resolveOptions(opts);
  const clock = new LogicalClock(options.startTime, opts.clock ?? 'manual');
  const engineDefaults: EngineSettings = {
    ...DEFAULT_ENGINE,
    ...(opts.bandwidthBytesPerSecond ? { bandwidthBytesPerSecond: opts.bandwidthBytesPerSecond } : {}),
    ...(opts.filesPerSecond ? { filesPerSecond: opts.filesPerSecond } : {}),
    ...(opts.fileEventLimit !== undefined ? { fileEventLimit: opts.fileEventLimit } : {}),
  };
  const ids = new IdSource(options.seed);
  const emu: Emu = {
    options,
    baseUrl: opts.baseUrl ?? null,
    clock,
    ids,
    // The world has its own id source so every reset rebuilds identical seeded ids, while
    // tokens and request ids keep counting: a token from before a reset never becomes valid again.
    world: buildWorld(options.seed, clock, new IdSource(`${options.seed}:world`)),
    auth: new AuthState(ids, options.clients),
    faults: new FaultStore(),
    engine: { ...engineDefaults },
    reset() {
      clock.setMode(opts.clock ?? 'manual');
      clock.reset();
      this.world = buildWorld(options.seed, clock, new IdSource(`${options.seed}:world`));
      this.auth = new AuthState(ids, options.clients);
      this.faults.clear();
      this.engine = { ...engineDefaults };
      if (opts.seedState) applyState(this, opts.seedState);
    },
  };
  if (opts.seedState) {
    const problem = stateProblem(opts.seedState);
    if (problem) throw new Error(`The seed state cannot be loaded: ${problem}`);
    applyState(emu, opts.seedState);
  }
  return emu;
}

export function createApp(emu: Emu): Hono<EmuEnv> {
  const app = new Hono<EmuEnv>();
  app.use('*', async (c, next) => {
    c.set('emu', emu);
    await next();
  });
  // Before CORS, so a refused page gets no CORS headers (not even on a preflight).
  app.use('/__emulator/*', controlGuard());
  app.use('*', cors());
  app.use('*', faultMiddleware());
  registerTaskEngineHook(app);
  registerControlRoutes(app);
  registerTaskControlRoutes(app);
  registerFileControlRoutes(app);
  registerAuthRoutes(app);
  registerGroupsRoutes(app);
  registerTransferRoutes(app);
  registerHelperRoutes(app);
  registerHttpsRoutes(app);
  app.all('*', (c) => notImplemented(c));
  app.onError((err, c) => {
    console.error('[emulator]', c.req.method, c.req.path, err);
    return c.json({ code: 'InternalError', message: String(err) }, 500);
  });
  return app;
}

/** Convenience for tests: an app plus its state, without a listening socket. */
export function createEmulator(opts: EmulatorOptions = {}): { app: Hono<EmuEnv>; emu: Emu } {
  const emu = createEmu(opts);
  return { app: createApp(emu), emu };
}
