import { describe, expect, it } from 'vitest';
import { testConfig, urlOf } from '@/lib/auth/auth-test-kit';
import { getIdentities } from '@/lib/globus/auth-api';
import { getMyGroups } from '@/lib/globus/groups';
import { createGlobusHttp } from '@/lib/globus/http';
import {
  bookmarkList,
  createBookmark,
  deleteBookmark,
  endpointSearch,
  getEndpoint,
  listDirectory,
  mkdir,
  rename,
  stat,
} from '@/lib/globus/transfer';
import {
  cancelTask,
  getSubmissionId,
  getTask,
  submitDelete,
  submitTransfer,
  taskList,
  updateTask,
} from '@/lib/globus/transfer-tasks';

type Envelope = { response_body: unknown };
const fx = import.meta.glob<Envelope>('/test/fixtures/globus-api/*.json', { eager: true, import: 'default' });
const body = (name: string) => fx[`/test/fixtures/globus-api/${name}.json`]?.response_body ?? {};

type Answer = (method: string, url: URL) => unknown;

/** A Globus stand-in answering each request with the given body (or per route) and recording the wire format. */
function fakeGlobus(answer: unknown = {}) {
  const answerFor: Answer = typeof answer === 'function' ? (answer as Answer) : () => answer;
  const calls: { method: string; url: URL; json: unknown; auth: string | null }[] = [];
  const http = createGlobusHttp(
    testConfig(),
    { getAccessToken: async (rs) => `token-for-${rs}` },
    {
      fetch: async (input, init) => {
        calls.push({
          method: init?.method ?? 'GET',
          url: new URL(urlOf(input)),
          json: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
          auth: new Headers(init?.headers).get('Authorization'),
        });
        const reply = answerFor(init?.method ?? 'GET', new URL(urlOf(input)));
        return new Response(JSON.stringify(reply), { status: 200, headers: { 'Content-Type': 'application/json' } });
      },
    },
  );
  const last = () => calls.at(-1)!;
  return { http, calls, last };
}

/** The SDK's paging stubs carry only display names; the endpoint schema needs an id. */
const withIds = (page: unknown) => {
  const p = page as { DATA: Record<string, unknown>[] };
  return { ...p, DATA: p.DATA.map((e, i) => ({ id: `stub-${i}`, ...e })) };
};

const T = 'https://transfer.api.globus.org/v0.10/';
const ID = 'aa752cea-8222-5bc8-acd9-555b090c0ccb';

describe('transfer routes', () => {
  it('lists a directory with raw paths and typed entries', async () => {
    const g = fakeGlobus(body('transfer.operation_ls.files'));
    const list = await listDirectory(g.http, ID, { path: '/share/my #1 ?%/', show_hidden: false, filter: 'type:dir' });
    expect(list.DATA_TYPE).toBe('file_list');
    expect(list.DATA[0]?.name).toBe('file1.txt');
    const { url, auth } = g.last();
    expect(url.href.startsWith(`${T}operation/endpoint/${ID}/ls?`)).toBe(true);
    expect(url.searchParams.get('path')).toBe('/share/my #1 ?%/');
    expect(url.searchParams.get('show_hidden')).toBe('false');
    expect(url.searchParams.getAll('filter')).toEqual(['type:dir']);
    expect(auth).toBe('Bearer token-for-transfer.api.globus.org');
  });

  it('lists a directory with no options (default directory)', async () => {
    const g = fakeGlobus(body('transfer.operation_ls.files'));
    await listDirectory(g.http, ID);
    expect(g.last().url.search).toBe('');
  });

  it('searches endpoints', async () => {
    const g = fakeGlobus(withIds(body('transfer.endpoint_search.paged.page1')));
    const page = await endpointSearch(g.http, {
      filter_fulltext: 'tutorial',
      filter_non_functional: false,
      limit: 100,
    });
    expect(page.has_next_page).toBe(true);
    expect(g.last().url.search).toBe('?filter_fulltext=tutorial&filter_non_functional=false&limit=100');
  });

  it('encodes ids in paths', async () => {
    const g = fakeGlobus({ id: 'x' });
    await getEndpoint(g.http, 'a/b?c');
    expect(g.last().url.pathname).toBe('/v0.10/endpoint/a%2Fb%3Fc');
  });

  it('sends operation bodies with DATA_TYPE', async () => {
    const g = fakeGlobus((_method: string, url: URL) =>
      url.pathname.endsWith('/stat') ? body('transfer.operation_stat') : { code: 'DirectoryCreated' },
    );
    await mkdir(g.http, ID, '~/new dir/');
    expect(g.last()).toMatchObject({ method: 'POST', json: { DATA_TYPE: 'mkdir', path: '~/new dir/' } });
    await rename(g.http, ID, '~/a', '~/b');
    expect(g.last().json).toEqual({ DATA_TYPE: 'rename', old_path: '~/a', new_path: '~/b' });
    await stat(g.http, ID, '/~/file1.txt');
    expect(g.last().url.searchParams.get('path')).toBe('/~/file1.txt');
  });

  it('submits transfers and deletes with a submission id', async () => {
    const sub = fakeGlobus(body('transfer.get_submission_id'));
    const submissionId = await getSubmissionId(sub.http);
    expect(submissionId).toBe('00000000-0000-0000-34af-1252da510f05');

    const g = fakeGlobus(body('transfer.submit_transfer'));
    const result = await submitTransfer(g.http, {
      submission_id: submissionId,
      source_endpoint: ID,
      destination_endpoint: 'dst',
      DATA: [{ DATA_TYPE: 'transfer_item', source_path: '/a', destination_path: '/b', recursive: true }],
      sync_level: 3,
    });
    expect(result.task_id).toBe('00000000-0000-0000-0000-0000699934d5');
    expect(g.last()).toMatchObject({ method: 'POST', json: { DATA_TYPE: 'transfer', submission_id: submissionId } });
    expect(g.last().url.href).toBe(`${T}transfer`);

    await submitDelete(g.http, {
      submission_id: submissionId,
      endpoint: ID,
      DATA: [{ DATA_TYPE: 'delete_item', path: '/x' }],
      recursive: true,
    });
    expect(g.last().json).toMatchObject({ DATA_TYPE: 'delete', endpoint: ID });
  });

  it('covers task routes', async () => {
    const g = fakeGlobus((method: string, url: URL) => {
      if (url.pathname.endsWith('/task_list')) return body('transfer.task_list');
      if (url.pathname.endsWith('/cancel')) return body('transfer.cancel_task');
      return method === 'PUT' ? { DATA_TYPE: 'result', code: 'Updated' } : body('transfer.get_task');
    });
    expect((await getTask(g.http, 't1')).status).toBe('ACTIVE');
    await taskList(g.http, { limit: 10, filter: 'status:ACTIVE,INACTIVE', orderby: 'request_time DESC' });
    expect(g.last().url.searchParams.get('filter')).toBe('status:ACTIVE,INACTIVE');
    await cancelTask(g.http, 't1');
    expect(g.last()).toMatchObject({ method: 'POST' });
    expect(g.last().url.pathname).toBe('/v0.10/task/t1/cancel');
    await updateTask(g.http, 't1', { label: 'new' });
    expect(g.last()).toMatchObject({ method: 'PUT', json: { DATA_TYPE: 'task', label: 'new' } });
  });

  it('covers bookmark routes', async () => {
    const g = fakeGlobus((method: string) => {
      if (method === 'POST') return body('transfer.create_bookmark');
      return method === 'DELETE' ? body('transfer.delete_bookmark') : { DATA: [] };
    });
    await bookmarkList(g.http);
    expect(g.last().url.pathname).toBe('/v0.10/bookmark_list');
    await createBookmark(g.http, { name: 'n', endpoint_id: ID, path: '/p/' });
    expect(g.last().json).toEqual({ DATA_TYPE: 'bookmark', name: 'n', endpoint_id: ID, path: '/p/' });
    await deleteBookmark(g.http, 'b1');
    expect(g.last()).toMatchObject({ method: 'DELETE' });
  });
});

describe('auth and groups routes', () => {
  it('looks up identities with the auth token', async () => {
    const g = fakeGlobus(body('auth.get_identities'));
    const res = await getIdentities(g.http, { usernames: ['globus@globus.org', 'x@y.org'], provision: false });
    expect(res.identities[0]?.username).toBe('globus@globus.org');
    expect(g.last().url.href).toBe(
      'https://auth.globus.org/v2/api/identities?usernames=globus%40globus.org%2Cx%40y.org&provision=false',
    );
    expect(g.last().auth).toBe('Bearer token-for-auth.globus.org');
  });

  it('lists my groups with the groups token', async () => {
    const g = fakeGlobus(body('groups.get_my_groups'));
    const groups = await getMyGroups(g.http, { statuses: ['active', 'invited'] });
    expect(groups[0]?.my_memberships[0]?.role).toBe('member');
    expect(g.last().url.href).toBe('https://groups.api.globus.org/v2/groups/my_groups?statuses=active%2Cinvited');
    expect(g.last().auth).toBe('Bearer token-for-groups.api.globus.org');
  });
});
