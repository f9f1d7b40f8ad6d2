import type { ReactNode } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AppConfig } from '@/config/schema';
import type { AuthClient } from '@/lib/auth/auth-client';
import type { GlobusHttp } from '@/lib/globus/http';
import { parseGlobusError, type GlobusError } from '@/lib/globus/errors';
import { ServicesProvider, type Services } from '@/components/services/services-context';

/** Test-only: fake services so component tests never touch the network. */

type RequestOpts = Parameters<GlobusHttp['request']>[0];
export type FakeRoute = {
  method?: string;
  path: RegExp;
  reply: (opts: RequestOpts, match: RegExpMatchArray) => unknown;
};

const unexpected: string[] = [];

/** Call in afterEach: any request no route answered fails the test, even if the UI swallowed the error. */
export function expectNoUnexpectedRequests() {
  const seen = unexpected.splice(0);
  if (seen.length) throw new Error(`Unexpected requests:\n${seen.join('\n')}`);
}

export function createFakeHttp(routes: FakeRoute[]) {
  const calls: RequestOpts[] = [];
  const http: GlobusHttp = {
    request: async <T,>(opts: RequestOpts): Promise<T> => {
      calls.push(opts);
      const method = opts.method ?? 'GET';
      for (const r of routes) {
        const m = (r.method ?? 'GET') === method ? opts.path.match(r.path) : null;
        if (m) return (await r.reply(opts, m)) as T;
      }
      unexpected.push(`${method} ${opts.service} ${opts.path} ${JSON.stringify(opts.query ?? {})}`);
      throw new Error(`Unexpected request ${method} ${opts.path}`);
    },
  };
  return { http, calls };
}

export const TEST_CONFIG: AppConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  redirectUri: 'http://localhost:5173/',
  authBaseUrl: 'https://auth.example.org',
  transferBaseUrl: 'https://transfer.example.org/v0.10/',
  groupsBaseUrl: 'https://groups.example.org/v2/',
  webAppBaseUrl: 'https://app.example.org',
  appName: 'Test Data Portal',
  requestRefreshTokens: true,
};

export function createFakeAuth(overrides: Partial<AuthClient> = {}) {
  return {
    login: vi.fn(async () => {}),
    completeLoginIfCallback: vi.fn(async () => ({ kind: 'none' as const })),
    isLoggedIn: vi.fn(async () => true),
    getUser: vi.fn(async () => ({ sub: 'u-1', username: 'ada@example.org', name: 'Ada Lovelace' })),
    getAccessToken: vi.fn(async () => 'token'),
    logout: vi.fn(async () => {}),
    ...overrides,
  } satisfies AuthClient;
}

export type Envelope = { status: number; response_body: unknown };

// The recorded Globus error documents the lib keeps for its own tests (read only).
const errorFixtures = import.meta.glob<Envelope>('/test/fixtures/globus-api/transfer.error.*.json', {
  eager: true,
  import: 'default',
});

/** e.g. `fixture('consent_required')` → the envelope of transfer.error.consent_required.json. */
export function errorFixture(name: string): Envelope {
  const env = errorFixtures[`/test/fixtures/globus-api/transfer.error.${name}.json`];
  if (!env) throw new Error(`No error fixture ${name}`);
  return env;
}

/** A GlobusError exactly as the HTTP core would raise it for a recorded error fixture. */
export function errorFromFixture(envelope: Envelope): GlobusError {
  return parseGlobusError('transfer', envelope.status, envelope.response_body);
}

export function TestProviders({ services, children }: { services: Services; children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return (
    <QueryClientProvider client={queryClient}>
      <ServicesProvider services={services}>{children}</ServicesProvider>
    </QueryClientProvider>
  );
}

/** Network must never be used by component tests. */
export function forbidFetch() {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('fetch is not allowed in component tests')));
}

/**
 * Registers the per-test hooks every component test needs: no network, DOM cleanup (vitest runs
 * without globals, so Testing Library cannot register its own), and no unanswered requests.
 */
export function useComponentTestHooks() {
  beforeEach(() => {
    forbidFetch();
    // happy-dom does no layout: give elements a desktop-sized box so virtualised lists render a window.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    expectNoUnexpectedRequests();
  });
}
