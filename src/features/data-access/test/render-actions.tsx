// Shared by the HttpsActions tests: the component rendered with fake services, a fake fetch and XHR.
import { afterEach, beforeEach, vi } from 'vitest';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { createFakeAuth, createFakeHttp, TEST_CONFIG, TestProviders } from '@/components/testing/fake-services';
import { HttpsActions, type HttpsActionsProps } from '@/features/data-access/components/https-actions';
import { FakeXhr } from '@/features/data-access/test/fake-xhr';
import { routeTo } from '@/lib/routes/paths';

export const ID = 'c-1';
export const SERVER = 'https://g-123.data.example.org';
export const FILE = { name: 'run #1 ü.txt', type: 'file' as const, size: 12 };
export const BYTES = new TextEncoder().encode('hello, data\n');

/** Uploads go through XMLHttpRequest (for progress): every test gets a fresh fake. */
export function useFakeXhr() {
  beforeEach(() => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());
}

export function renderActions(props: Partial<HttpsActionsProps> = {}, token: string | null = 'https-token') {
  const auth = createFakeAuth({ getAccessToken: vi.fn(async () => token) });
  const { http } = createFakeHttp([]);
  const onUploaded = vi.fn();
  render(
    <MemoryRouter initialEntries={[routeTo.files({ originId: 'c-1', originPath: '/data/' })]}>
      <TestProviders services={{ config: TEST_CONFIG, auth, http }}>
        <HttpsActions
          collection={{ id: ID, display_name: 'Lab Storage', https_server: SERVER }}
          path="/data/"
          selected={[FILE]}
          onUploaded={onUploaded}
          {...props}
        />
      </TestProviders>
    </MemoryRouter>,
  );
  return { auth, onUploaded };
}

/** A fetch that serves only the expected file URL and records the request. */
export function stubFetch(respond: () => Response | Promise<Response>) {
  const seen: Request[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    seen.push(req);
    if (req.url !== `${SERVER}/data/run%20%231%20%C3%BC.txt`) throw new Error(`unexpected fetch ${req.url}`);
    return respond();
  });
  return seen;
}

