/**
 * Fault injection (control API `POST /__emulator/faults`). A rule matches a method and a
 * path pattern (`*` matches anything, including `/`) and fires `times` times (countdown;
 * default 1, `-1` = until cleared). Effects, combinable: `latencyMs` (real delay),
 * `status` (the service's own error document; 429/503 add `Retry-After`), `drop`
 * (run the request — its effect is committed — then destroy the connection), and on the
 * body in flight — the upload body of a PUT/POST/PATCH (only the HTTPS servers read one
 * this way), else the response body: `dropAfterBytes` (cut the connection once that many
 * bytes have passed; an upload cut so stores nothing) and `bytesPerSecond` (slow it down;
 * with `times: -1` a switch until the faults are cleared). `skip` lets that many matching requests through
 * before the rule fires (the second part of a download fetched in parts, say). Faults never apply to
 * /__emulator/ itself.
 */
import type { MiddlewareHandler } from 'hono';
import type { EmuEnv } from '../core/context';
import { getEmu } from '../core/context';
import { serviceError } from '../core/errors';
import { cutAfterFlush, shapeBody, type BodyFault } from './body-shaping';

export interface FaultRule {
  id: string;
  method: string;
  path: string;
  times: number;
  skip?: number;
  status?: number;
  code?: string;
  message?: string;
  retryAfter?: number;
  latencyMs?: number;
  drop?: boolean;
  dropAfterBytes?: number;
  bytesPerSecond?: number;
}

export type FaultInput = Partial<Omit<FaultRule, 'id'>> & { path: string };

function patternToRegExp(pattern: string): RegExp {
  return new RegExp(
    '^' +
      pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*') +
      '$',
  );
}

export class FaultStore {
  private rules: (FaultRule & { re: RegExp })[] = [];
  private counter = 0;

  add(input: FaultInput): FaultRule {
    if (typeof input.path !== 'string' || input.path === '') throw new Error('fault needs a path pattern');
    for (const field of ['latencyMs', 'dropAfterBytes', 'bytesPerSecond', 'times', 'skip'] as const) {
      const n = input[field];
      if (n !== undefined && !(typeof n === 'number' && Number.isFinite(n) && (n >= 0 || field === 'times')))
        throw new Error(`'${field}' must be a non-negative number`);
    }
    if (input.bytesPerSecond === 0) throw new Error("'bytesPerSecond' must be above 0");
    if (
      input.status === undefined &&
      !input.latencyMs &&
      !input.drop &&
      input.dropAfterBytes === undefined &&
      !input.bytesPerSecond
    )
      throw new Error('fault needs status, latencyMs, drop, dropAfterBytes or bytesPerSecond');
    const rule: FaultRule = {
      method: (input.method ?? '*').toUpperCase(),
      times: input.times ?? 1,
      ...input,
      id: `fault-${++this.counter}`,
    };
    this.rules.push({ ...rule, re: patternToRegExp(rule.path) });
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map(({ re: _re, ...r }) => r);
  }

  clear(): void {
    this.rules = [];
  }

  /** Take the first matching rule (counting it down). */
  take(method: string, path: string): FaultRule | undefined {
    const idx = this.rules.findIndex((r) => (r.method === '*' || r.method === method) && r.re.test(path));
    if (idx < 0) return undefined;
    const rule = this.rules[idx]!;
    if (rule.skip) {
      rule.skip -= 1;
      return undefined;
    }
    if (rule.times > 0) {
      rule.times -= 1;
      if (rule.times === 0) this.rules.splice(idx, 1);
    }
    const { re: _re, skip: _skip, ...plain } = rule;
    return plain;
  }
}

export function faultMiddleware(): MiddlewareHandler<EmuEnv> {
  return async (c, next) => {
    if (c.req.path.startsWith('/__emulator/') || c.req.method === 'OPTIONS') return next();
    const rule = getEmu(c).faults.take(c.req.method, c.req.path);
    if (!rule) return next();
    if (rule.latencyMs) await new Promise((r) => setTimeout(r, rule.latencyMs));
    if (rule.status !== undefined) {
      const res = serviceError(c, rule.status, rule.message ?? `Injected fault (${rule.id})`, rule.code);
      if (rule.status === 429 || rule.status === 503) res.headers.set('Retry-After', String(rule.retryAfter ?? 1));
      return res;
    }
    const bodyFault: BodyFault | undefined =
      rule.dropAfterBytes !== undefined || rule.bytesPerSecond
        ? { id: rule.id, dropAfterBytes: rule.dropAfterBytes, bytesPerSecond: rule.bytesPerSecond }
        : undefined;
    const onUpload = ['PUT', 'POST', 'PATCH'].includes(c.req.method);
    // An upload body is read by the route (https/upload-body.ts), which applies the fault as it reads.
    if (bodyFault && onUpload) c.set('uploadFault', bodyFault);
    await next();
    if (bodyFault && !onUpload && c.res.body) {
      const { incoming, outgoing } = c.env ?? {};
      const cut = incoming?.socket && outgoing ? cutAfterFlush(incoming.socket, outgoing) : undefined;
      const shaped = shapeBody(c.res.body, bodyFault, cut);
      c.res = new Response(shaped, { status: c.res.status, headers: c.res.headers });
    }
    if (rule.drop) {
      const socket = c.env?.incoming?.socket;
      if (socket) socket.destroy();
      else c.res = new Response(null, { status: 599, headers: { 'X-Emulator-Dropped': rule.id } });
    }
  };
}
