/**
 * startEmulator (contract: docs/contracts.md): listens on host:port (default
 * 127.0.0.1:8787, 0 = random) and serves every emulated Globus service on one origin.
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp, createEmu, type EmulatorOptions } from './app';
import type { Emu } from './core/context';
import { warmUpKeys } from './auth/keys';
import { warmUpBigFolder } from './seed/sample-tree';

export type { EmulatorOptions } from './app';

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
  /** The live state, for in-process tests (not part of the cross-team contract). */
  emu: Emu;
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  const emu = createEmu({ clock: 'realtime', ...opts, host });
  const app = createApp(emu);
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 8787, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const addr = server.address() as AddressInfo;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  const url = `http://${hostPart}:${addr.port}`;
  emu.baseUrl = url;
  // Build the shared 100 000-entry listing and the signing key in the background so the first requests stay fast.
  setImmediate(() => {
    warmUpKeys();
    warmUpBigFolder();
  });
  return {
    url,
    emu,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
