// A fake GlobusHttp: answers only the requests a test declares; anything else fails the test.
import { expect, onTestFinished } from 'vitest';
import type { GlobusHttp, RequestOptions } from '@/lib/globus/http';
import { NetworkError, parseGlobusError } from '@/lib/globus/errors';

export type Reply = unknown | { status: number; body: unknown } | NetworkError;
type Handler = { method: string; path: string | RegExp; reply: (req: RequestOptions) => Reply };

export function httpError(status: number, body: unknown = {}) {
  return { status, body, __error: true } as const;
}

export function createFakeHttp() {
  const handlers: Handler[] = [];
  const calls: RequestOptions[] = [];
  const unexpected: string[] = [];
  onTestFinished(() => expect(unexpected, 'unexpected Globus requests').toEqual([]));

  const http: GlobusHttp = {
    async request<T>(req: RequestOptions): Promise<T> {
      const method = req.method ?? 'GET';
      const handler = handlers.find((h) => h.method === method && (typeof h.path === 'string' ? h.path === req.path : h.path.test(req.path)));
      if (!handler) {
        unexpected.push(`${method} ${req.path}`);
        throw new Error(`Unexpected request ${method} ${req.path}`);
      }
      calls.push(req);
      const reply = handler.reply(req);
      if (reply instanceof NetworkError) throw reply;
      if (reply && typeof reply === 'object' && '__error' in reply) {
        const r = reply as unknown as { status: number; body: unknown };
        throw parseGlobusError('transfer', r.status, r.body);
      }
      return structuredClone(reply) as T;
    },
  };

  return {
    http,
    calls,
    on(method: string, path: string | RegExp, reply: (req: RequestOptions) => Reply) {
      handlers.unshift({ method, path, reply });
      return this;
    },
    count: (path: string | RegExp) => calls.filter((c) => (typeof path === 'string' ? c.path === path : path.test(c.path))).length,
  };
}
