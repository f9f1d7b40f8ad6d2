/**
 * The emulator in a child process, as `npm start` runs it: a bench that drives Chromium (or receives megabytes)
 * from this process must not count that work as the server's, nor slow the server with it.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export interface EmulatorProcess {
  url: string;
  /** Resident memory of the emulator's process, in bytes (0 where /proc is not there). */
  rss(): number;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** `npm run emulator` in a child process; resolves once it prints its URL. */
export async function startEmulatorProcess(): Promise<EmulatorProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/emulator/cli.ts', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /at (http:\/\/[^\s]+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the emulator exited (${code}) before it started`)));
  });
  // Keeps reading what it prints, so a full pipe never blocks it.
  child.stdout.resume();
  return {
    url,
    rss: () => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) * 1024 : 0;
      } catch {
        return 0;
      }
    },
    close: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
