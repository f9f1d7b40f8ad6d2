// The one fake GlobusHttp for component tests: it answers only the requests a test declares, and any other
// request fails the test at its end, even when the UI swallowed the error.
import { expect, onTestFinished } from 'vitest';
import type { GlobusHttp, RequestOptions } from '@/lib/globus/http';
import { NetworkError, parseGlobusError } from '@/lib/globus/errors';
import { parseResponse, routeName } from '@/lib/globus/response';

/** Answers one request: a document, `httpError(...)`, a `NetworkError`, or a promise of one; or throws. */
export type FakeReply = (req: RequestOptions, match: RegExpMatchArray) => unknown;
/** `path` is the service-relative path (`task_list`, `operation/endpoint/c-1/ls`): exact text, or a pattern. */
export type FakeRoute = { method?: string; path: string | RegExp; reply: FakeReply };

const HTTP_ERROR = Symbol('http error');
type HttpErrorReply = { [HTTP_ERROR]: true; status: number; body: unknown };

/** A reply that makes the request fail as Transfer would answer with `status` and `body`. */
export function httpError(status: number, body: unknown = {}): HttpErrorReply {
  return { [HTTP_ERROR]: true, status, body };
}

const isHttpError = (reply: unknown): reply is HttpErrorReply =>
  typeof reply === 'object' && reply !== null && HTTP_ERROR in reply;

function matchPath(path: string | RegExp, actual: string): RegExpMatchArray | null {
  if (typeof path !== 'string') return actual.match(path);
  // The same shape a whole-string regex match has, so replies read `match[0]` either way.
  return path === actual ? /^[\s\S]*$/.exec(actual) : null;
}

function answer(reply: unknown): unknown {
  if (reply instanceof NetworkError) throw reply;
  if (isHttpError(reply)) throw parseGlobusError('transfer', reply.status, reply.body);
  // As is: fixtures are copies already, and a 100,000-entry listing would take seconds to copy again.
  return reply;
}

const context = (req: RequestOptions) => ({ service: req.service, status: 200, route: routeName(req.path) });

/**
 * Routes are tried in order; `on` adds one ahead of all others, so a test can override a shared server.
 * Call inside a test: the check for unanswered requests runs when that test finishes.
 */
export function createFakeHttp(routes: FakeRoute[] = []) {
  const table = [...routes];
  const calls: RequestOptions[] = [];
  const unexpected: string[] = [];
  onTestFinished(() => expect(unexpected, 'unexpected Globus requests').toEqual([]));

  const http: GlobusHttp = {
    async request(req) {
      calls.push(req);
      const method = req.method ?? 'GET';
      for (const route of table) {
        const match = (route.method ?? 'GET') === method ? matchPath(route.path, req.path) : null;
        // Checked against the route's schema as the real client does, so a hand-made document that Globus
        // could never send fails the test instead of passing it.
        if (match) return parseResponse(req.schema, answer(await route.reply(req, match)), context(req));
      }
      unexpected.push(`${method} ${req.service} ${req.path} ${JSON.stringify(req.query ?? {})}`);
      throw new Error(`Unexpected request ${method} ${req.path}`);
    },
  };

  return {
    http,
    /** Every request made, answered or not, in order. */
    calls,
    on(method: string, path: string | RegExp, reply: FakeReply) {
      table.unshift({ method, path, reply });
      return this;
    },
    /** Adds a route behind all others: a default that a test's own routes override. */
    fallback(method: string, path: string | RegExp, reply: FakeReply) {
      table.push({ method, path, reply });
      return this;
    },
    count: (path: string | RegExp) => calls.filter((c) => matchPath(path, c.path)).length,
  };
}

export type FakeHttp = ReturnType<typeof createFakeHttp>;
