// Fake services and the per-test hooks for component tests, which never touch the network.
import { useState, type ReactNode } from 'react';
import { afterEach, beforeEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { createQueryClient } from '@/app/create-query-client';
import type { AppConfig } from '@/config/schema';
import type { AuthClient } from '@/lib/auth/auth-client';
import { parseGlobusError, type GlobusError } from '@/lib/globus/errors';
import { ServicesProvider, type Services } from '@/components/services/services-context';
import { fixture } from '@/test/globus-fixtures';

export { createFakeHttp, type FakeRoute } from '@/test/fake-http';

export const TEST_CONFIG: AppConfig = {
  clientId: '11111111-2222-3333-4444-555555555555',
  redirectUri: 'http://localhost:5173/',
  authBaseUrl: 'https://auth.example.org',
  transferBaseUrl: 'https://transfer.example.org/v0.10/',
  groupsBaseUrl: 'https://groups.example.org/v2/',
  webAppBaseUrl: 'https://app.example.org',
  appName: 'Test Data Portal',
  requestRefreshTokens: true,
  helperPortalOrigins: [],
  collectionDomains: ['*.data.globus.org'],
};

export function createFakeAuth(overrides: Partial<AuthClient> = {}) {
  return {
    login: vi.fn(() => Promise.resolve()),
    completeLoginIfCallback: vi.fn(() => Promise.resolve({ kind: 'none' as const })),
    isLoggedIn: vi.fn(() => Promise.resolve(true)),
    getUser: vi.fn(() => Promise.resolve({ sub: 'u-1', username: 'ada@example.org', name: 'Ada Lovelace' })),
    getAccessToken: vi.fn(() => Promise.resolve<string | null>('token')),
    logout: vi.fn(() => Promise.resolve()),
    grantedScopes: vi.fn(() => Promise.resolve([])),
    ...overrides,
  } satisfies AuthClient;
}

export type Envelope = { status: number; response_body: unknown };

/** e.g. `errorFixture('consent_required')` → the envelope of transfer.error.consent_required.json. */
export function errorFixture(name: string): Envelope {
  return fixture(`transfer.error.${name}`);
}

/** A GlobusError exactly as the HTTP core would raise it for a recorded error fixture. */
export function errorFromFixture(envelope: Envelope): GlobusError {
  return parseGlobusError('transfer', envelope.status, envelope.response_body);
}

/** The app's own QueryClient (as production builds it) and the given services. */
export function TestProviders({
  services,
  queryClient,
  children,
}: {
  services: Services;
  queryClient?: QueryClient;
  children: ReactNode;
}) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <QueryClientProvider client={client}>
      <ServicesProvider services={services}>{children}</ServicesProvider>
    </QueryClientProvider>
  );
}

/** Network must never be used by component tests. */
export function forbidFetch() {
  vi.stubGlobal('fetch', () => Promise.reject(new Error('fetch is not allowed in component tests')));
}

/**
 * Registers the per-test hooks every component test needs: no network, a desktop-sized layout, and DOM
 * cleanup (vitest runs without globals, so Testing Library cannot register its own). Each fake HTTP
 * checks for unanswered requests by itself.
 */
export function setUpComponentTests() {
  beforeEach(() => {
    forbidFetch();
    // happy-dom does no layout: give elements a desktop-sized box so virtualised lists render a window.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });
}
