// Shared by the HttpsActions tests: the component rendered with fake services, a fake fetch and XHR.
import { afterEach, beforeEach, vi } from 'vitest';
import { createFakeHttp, type FakeRoute } from '@/test/fake-http';
import { renderWithServices } from '@/test/render';
import { HttpsActions, type HttpsActionsProps } from '@/features/data-access/components/https-actions';
import { FakeXhr } from '@/features/data-access/test/fake-xhr';
import { routeTo } from '@/lib/routes/paths';

export const ID = 'c-1';
export const SERVER = 'https://g-123.data.example.org';
export const FILE = { name: 'run #1 ü.txt', type: 'file' as const, size: 12 };
export const BYTES = new TextEncoder().encode('hello, data\n');

/** Uploads go through XMLHttpRequest (for progress): every test gets a fresh fake. */
export function setUpFakeXhr() {
  beforeEach(() => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());
}

export function renderActions(
  props: Partial<HttpsActionsProps> = {},
  token: string | null = 'https-token',
  routes: FakeRoute[] = [],
) {
  const { http } = createFakeHttp(routes);
  const onUploaded = vi.fn();
  const { auth } = renderWithServices({
    entry: routeTo.files({ originId: 'c-1', originPath: '/data/' }),
    http,
    auth: { getAccessToken: vi.fn(() => Promise.resolve(token)) },
    element: (
      <HttpsActions
        collection={{ id: ID, display_name: 'Lab Storage', https_server: SERVER }}
        path="/data/"
        selected={[FILE]}
        onUploaded={onUploaded}
        {...props}
      />
    ),
  });
  return { auth, onUploaded };
}

/**
 * A fetch that serves only the expected file URL and records the request. As a browser's fetch, aborting the
 * request's signal errors a body still arriving.
 */
export function stubFetch(respond: () => Response | Promise<Response>) {
  const seen: Request[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    seen.push(req);
    if (req.url !== `${SERVER}/data/run%20%231%20%C3%BC.txt`) throw new Error(`unexpected fetch ${req.url}`);
    const res = await respond();
    const signal = init?.signal;
    if (!signal || !res.body) return res;
    const reader = res.body.getReader();
    const body = new ReadableStream<Uint8Array>(
      {
        start: (c) => signal.addEventListener('abort', () => c.error(signal.reason), { once: true }),
        pull: async (c) => {
          const { done, value } = await reader.read();
          if (done) c.close();
          else c.enqueue(value);
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(body, { status: res.status, headers: res.headers });
  });
  return seen;
}
