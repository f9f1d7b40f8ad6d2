// @vitest-environment node
// Copies between a folder on this computer (in memory here) and an emulated collection, through the real
// Transfer and HTTPS clients: mkdir, PUT, stat and Range GET as the collection's servers answer them.
import { describe, expect, it } from 'vitest';
import { harness } from './emulator/tests/harness';
import { COLLECTIONS } from './emulator/seed/ids';
import { createGlobusHttp } from '@/lib/globus/http';
import { createCollectionHttps } from '@/lib/globus/https';
import { getEndpoint } from '@/lib/globus/transfer';
import { createCopyTransport } from '@/features/local-copy/lib/copy-transport';
import { localTree } from '@/features/local-copy/lib/local-tree';
import { remoteTree } from '@/features/local-copy/lib/remote-tree';
import { createCopyQueue } from '@/features/local-copy/model/copy-queue';
import type { CopyJob } from '@/features/local-copy/model/copy-job';
import { buildPlan, existingFiles, filesToCopy, walkSelection } from '@/features/local-copy/model/plan';
import { fakeDirectory } from '@/features/local-copy/test/fake-folder';
import { memoryJobStore } from '@/features/local-copy/test/fake-transport';
import type { LocalCopyItem } from '@/lib/events/local-copy-requested';

const T1 = COLLECTIONS.tutorial1.id;
const TRANSFER = 'transfer.api.globus.org';

/** XMLHttpRequest over the in-process emulator: enough of it for the HTTPS client's PUT. */
function xhrFor(fetchImpl: typeof fetch) {
  return () => {
    const headers = new Headers();
    let method = 'GET';
    let url = '';
    const xhr = {
      status: 0,
      upload: {
        onprogress: null as ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null,
      },
      onload: null as (() => void) | null,
      onerror: null as (() => void) | null,
      onabort: null as (() => void) | null,
      open: (m: string, u: string) => ((method = m), (url = u)),
      setRequestHeader: (n: string, v: string) => headers.set(n, v),
      abort: () => xhr.onabort?.(),
      send: (body: Blob) => {
        void fetchImpl(url, { method, headers, body }).then(
          (res) => ((xhr.status = res.status), xhr.onload?.()),
          () => xhr.onerror?.(),
        );
      },
    };
    return xhr as unknown as XMLHttpRequest;
  };
}

async function setUp() {
  const h = harness();
  const doc = await h.login(
    'alice',
    `openid urn:globus:auth:scope:${TRANSFER}:all https://auth.globus.org/scopes/${T1}/https`,
  );
  const tokens: Record<string, string> = { [TRANSFER]: h.tokenFor(doc, TRANSFER), [T1]: h.tokenFor(doc, T1) };
  const getAccessToken = (rs: string) => Promise.resolve(tokens[rs] ?? null);
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) =>
    h.app.request(input instanceof Request ? input : String(input), init)) as typeof fetch;
  const base = 'http://emulator.test';
  const config = {
    clientId: 'x',
    redirectUri: 'http://localhost:5173/',
    authBaseUrl: base,
    transferBaseUrl: `${base}/v0.10/`,
    groupsBaseUrl: `${base}/v2/`,
    webAppBaseUrl: base,
    appName: 'test',
    requestRefreshTokens: true,
    helperPortalOrigins: [],
    collectionDomains: [],
  };
  const http = createGlobusHttp(config, { getAccessToken }, { fetch: fetchImpl });
  const https = createCollectionHttps({ getAccessToken }, { fetch: fetchImpl, createXhr: xhrFor(fetchImpl) });
  const collection = await getEndpoint(http, T1);
  const queue = createCopyQueue({ transport: createCopyTransport(http, https), store: memoryJobStore() });
  return { h, http, https, queue, httpsServer: collection.https_server!, tokens };
}

function jobFor(
  direction: 'up' | 'down',
  root: FileSystemDirectoryHandle,
  httpsServer: string,
  entries: Awaited<ReturnType<typeof walkSelection>>,
  existing: Map<string, number>,
  collectionPath: string,
): CopyJob {
  const plan = buildPlan(entries, existing);
  const { files, skipped } = filesToCopy(plan, existing, true);
  return {
    id: `job-${direction}`,
    direction,
    localRootId: 'local:k1',
    localRootName: 'Lab PC',
    localHandle: root,
    localPath: '/',
    collectionId: T1,
    collectionName: 'Tutorial 1',
    httpsServer,
    collectionPath,
    skipExisting: true,
    stopOnError: false,
    skipped,
    state: 'running',
    createdAt: 1,
    items: [...plan.folders, ...files].map((e) => ({ ...e, status: 'queued', done: 0 })),
  };
}

describe('copies with this computer against the emulator', () => {
  it('uploads a folder tree, then downloads it back byte for byte, skipping what is already there', async () => {
    const { h, http, queue, httpsServer, tokens } = await setUp();
    const tree = { run: { 'a.txt': 'hello', deep: { 'b #1.txt': 'wörld!' } } };
    const up = fakeDirectory('Lab PC', tree);
    const selection: LocalCopyItem[] = [{ name: 'run', type: 'dir', size: 0 }];

    const upEntries = await walkSelection(localTree(up, '/'), selection);
    const upJob = jobFor(
      'up',
      up,
      httpsServer,
      upEntries,
      await existingFiles(remoteTree(http, T1, '/share/'), upEntries),
      '/share/',
    );
    expect(queue.add(upJob)).toEqual({ ok: true });
    await expect.poll(() => upJob.state).toBe('done');
    expect(upJob.items.map((i) => [i.rel, i.status])).toEqual([
      ['run', 'done'],
      ['run/deep', 'done'],
      ['run/a.txt', 'done'],
      ['run/deep/b #1.txt', 'done'],
    ]);
    const back = await h.request(`/__https/${T1}/share/run/deep/${encodeURIComponent('b #1.txt')}`, {
      headers: { authorization: `Bearer ${tokens[T1]}` },
    });
    expect(await back.text()).toBe('wörld!');

    // Down into a folder that already holds one of the files with the same size.
    const downTree: Record<string, unknown> = { run: { 'a.txt': 'HELLO' } };
    const down = fakeDirectory('Lab PC', downTree as never);
    const downEntries = await walkSelection(remoteTree(http, T1, '/share/'), selection);
    const existing = await existingFiles(localTree(down, '/'), downEntries);
    const downJob = jobFor('down', down, httpsServer, downEntries, existing, '/share/');
    expect(downJob.skipped).toBe(1);
    queue.add(downJob);
    await expect.poll(() => downJob.state).toBe('done');
    expect(downJob.items.every((i) => i.status === 'done')).toBe(true);
    const file = await (
      await (await down.getDirectoryHandle('run')).getDirectoryHandle('deep')
    ).getFileHandle('b #1.txt');
    expect(await (await file.getFile()).text()).toBe('wörld!');
  });
});
