// @vitest-environment node
/**
 * Conformance: the official Globus JS SDK (@globus/sdk) talks to a running emulator
 * exactly as it would to Globus. A missing SDK fails this file at import (never skipped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auth, errors, groups, transfer } from '@globus/sdk';
import { createHash, randomBytes } from 'node:crypto';
import { startEmulator, type RunningEmulator } from '../server';
import { COLLECTIONS, DEV_CLIENT_ID, IDENTITIES, PATHS } from '../seed/ids';

const REDIRECT = 'http://localhost:5173/';
// Each test is a few dozen real HTTP round trips through the SDK: generous on a loaded machine.
const SDK_TEST_TIMEOUT = 60_000;
const TRANSFER_SCOPE = 'urn:globus:auth:scope:transfer.api.globus.org:all';
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  for (const s of ['AUTH', 'TRANSFER', 'GROUPS']) process.env[`GLOBUS_SDK_SERVICE_URL_${s}`] = emu.url;
}, SDK_TEST_TIMEOUT);
afterAll(async () => {
  for (const s of ['AUTH', 'TRANSFER', 'GROUPS']) delete process.env[`GLOBUS_SDK_SERVICE_URL_${s}`];
  await emu.close();
});

/** Browser-less authorize over real HTTP: identity button, consent, code; exchange with the SDK. */
async function sdkLogin(identityId: string, scope: string): Promise<any> {
  const verifier = randomBytes(32).toString('base64url');
  const q = new URLSearchParams({
    client_id: DEV_CLIENT_ID,
    redirect_uri: REDIRECT,
    response_type: 'code',
    scope,
    state: 'x',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  let res = await fetch(`${auth.getAuthorizationEndpoint().replace(/\/$/, '')}?${q}`, { redirect: 'manual' });
  let cookie = '';
  for (let i = 0; i < 4 && res.status === 200; i++) {
    const html = await res.text();
    const requestId = /name="request_id" value="([^"]+)"/.exec(html)![1]!;
    const login = html.includes('/v2/oauth2/authorize/login');
    const body = new URLSearchParams(
      login ? { request_id: requestId, identity: identityId } : { request_id: requestId, decision: 'allow' },
    );
    res = await fetch(`${emu.url}/v2/oauth2/authorize/${login ? 'login' : 'consent'}`, {
      method: 'POST',
      body,
      redirect: 'manual',
      headers: cookie ? { cookie } : {},
    });
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
  }
  const code = new URL(res.headers.get('location')!).searchParams.get('code')!;
  const tokenRes = await auth.oauth2.token.exchange({
    payload: {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      client_id: DEV_CLIENT_ID,
      code_verifier: verifier,
    },
  });
  expect(tokenRes.status).toBe(200);
  return tokenRes.json();
}

const bearer = (t: string) => ({ headers: { Authorization: `Bearer ${t}` } });
const tokenFor = (doc: any, rs: string) =>
  [doc, ...doc.other_tokens].find((t: any) => t.resource_server === rs).access_token as string;

describe('official JS SDK against the emulator', { timeout: SDK_TEST_TIMEOUT }, () => {
  it('exchanges a PKCE code, searches, lists, makes and renames a folder, reads groups and identities, revokes', async () => {
    const doc = await sdkLogin(
      IDENTITIES.alice.id,
      `openid profile email urn:globus:auth:scope:auth.globus.org:view_identities ${TRANSFER_SCOPE} urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships offline_access`,
    );
    expect(auth.isToken(doc)).toBe(true);
    expect(auth.isRefreshToken(doc)).toBe(true);
    const t = tokenFor(doc, 'transfer.api.globus.org');

    const search = await transfer.endpointSearch({
      query: { filter_fulltext: 'tutorial', filter_non_functional: 0 } as never,
      ...bearer(t),
    });
    expect(search.status).toBe(200);
    expect(((await search.json()) as any).DATA.map((d: any) => d.id)).toContain(COLLECTIONS.tutorial1.id);

    const ls = await transfer.fileOperations.ls(COLLECTIONS.tutorial1.id, {
      query: { path: PATHS.special, show_hidden: 'true' } as never,
      ...bearer(t),
    });
    expect(((await ls.json()) as any).path).toBe(PATHS.special);

    const mk = await transfer.fileOperations.mkdir(COLLECTIONS.tutorial1.id, {
      payload: { path: '/share/sdk made ü/' },
      ...bearer(t),
    });
    expect((await mk.json()).code).toBe('DirectoryCreated');
    const mv = await transfer.fileOperations.rename(COLLECTIONS.tutorial1.id, {
      payload: { old_path: '/share/sdk made ü/', new_path: '/share/sdk moved #1/' },
      ...bearer(t),
    });
    expect((await mv.json()).code).toBe('FileRenamed');
    const moved = await transfer.fileOperations.ls(COLLECTIONS.tutorial1.id, {
      query: { path: '/share/' },
      ...bearer(t),
    });
    const names = ((await moved.json()) as any).DATA.map((d: any) => d.name);
    expect(names).toContain('sdk moved #1');
    expect(names).not.toContain('sdk made ü');

    const ep = await transfer.endpoint.get(COLLECTIONS.mapped.id, bearer(t));
    expect(((await ep.json()) as any).entity_type).toBe('GCSv5_mapped_collection');

    const denied = await transfer.fileOperations.ls(COLLECTIONS.mapped.id, { query: { path: '/~/' }, ...bearer(t) });
    const body = await denied.json();
    expect(denied.status).toBe(403);
    expect(errors.isConsentRequiredError(body)).toBe(true);
    expect(errors.isAuthorizationRequirementsError(body)).toBe(true);
    expect(errors.toAuthorizationQueryParams(body as never).scope).toContain('/data_access]');

    const mine = await groups.groups.getMyGroups(bearer(tokenFor(doc, 'groups.api.globus.org')));
    expect(((await mine.json()) as any[]).length).toBeGreaterThan(0);

    const ids = await auth.identities.getAll({ query: { usernames: 'bob@example.org' }, ...bearer(doc.access_token) });
    expect((await ids.json()).identities[0].id).toBe(IDENTITIES.bob.id);

    const transferDoc = [doc, ...doc.other_tokens].find((x: any) => x.resource_server === 'transfer.api.globus.org');
    const refreshed = await auth.oauth2.token.refresh({
      payload: {
        grant_type: 'refresh_token',
        refresh_token: transferDoc.refresh_token,
        client_id: DEV_CLIENT_ID,
      } as never,
    });
    expect(refreshed.status).toBe(200);
    expect((await refreshed.json()).resource_server).toBe('transfer.api.globus.org');

    const revoked = await auth.oauth2.token.revoke({ payload: { token: t, client_id: DEV_CLIENT_ID } });
    expect(await revoked.json()).toEqual({ active: false });
    const after = await transfer.endpoint.get(COLLECTIONS.tutorial1.id, bearer(t));
    expect(after.status).toBe(401);
    expect(((await after.json()) as any).code).toBe('AuthenticationFailed');
  });

  it('re-authorizing with the ConsentRequired scope gives a token that can list the mapped collection', async () => {
    const first = await sdkLogin(IDENTITIES.bob.id, TRANSFER_SCOPE);
    const denied = (await (
      await transfer.fileOperations.ls(COLLECTIONS.mapped.id, { query: { path: '/~/' }, ...bearer(first.access_token) })
    ).json()) as any;
    const scope = errors.toAuthorizationQueryParams(denied).scope!;
    const second = await sdkLogin(IDENTITIES.bob.id, scope);
    const ok = await transfer.fileOperations.ls(COLLECTIONS.mapped.id, {
      query: { path: '/~/' },
      ...bearer(second.access_token),
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).absolute_path).toBe('/home/bob/');
  });
  it('submits a transfer and a delete, lists and reads tasks and events, CRUDs bookmarks and ACLs, reads identities and groups', async () => {
    const doc = await sdkLogin(
      IDENTITIES.alice.id,
      `openid profile email urn:globus:auth:scope:auth.globus.org:view_identities ${TRANSFER_SCOPE} urn:globus:auth:scope:groups.api.globus.org:view_my_groups_and_memberships`,
    );
    const t = tokenFor(doc, 'transfer.api.globus.org');
    const sid = ((await (await transfer.taskSubmission.submissionId(bearer(t))).json()) as any).value;
    const sub = await transfer.taskSubmission.submitTransfer({
      payload: {
        submission_id: sid,
        source_endpoint: COLLECTIONS.tutorial1.id,
        destination_endpoint: COLLECTIONS.tutorial2.id,
        label: 'sdk transfer',
        DATA: [
          { DATA_TYPE: 'transfer_item', source_path: PATHS.godata + 'file1.txt', destination_path: '/sdk/file1.txt' },
        ],
      } as never,
      ...bearer(t),
    });
    const subDoc = (await sub.json()) as any;
    expect(sub.ok).toBe(true);
    expect(subDoc.code).toBe('Accepted');
    await fetch(`${emu.url}/__emulator/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seconds: 2 }),
    });
    const task = (await (await transfer.task.get(subDoc.task_id, bearer(t))).json()) as any;
    expect([task.status, task.files_transferred, task.label]).toEqual(['SUCCEEDED', 1, 'sdk transfer']);
    const list = (await (
      await transfer.task.getAll({ query: { filter: 'type:TRANSFER/status:SUCCEEDED', limit: 10 }, ...bearer(t) })
    ).json()) as any;
    expect(list.DATA.map((x: any) => x.task_id)).toContain(subDoc.task_id);
    const events = (await (await transfer.task.getEventList(subDoc.task_id, bearer(t))).json()) as any;
    expect(events.DATA.map((e: any) => e.code)).toContain('SUCCEEDED');
    const sid2 = ((await (await transfer.taskSubmission.submissionId(bearer(t))).json()) as any).value;
    const del = (await (
      await transfer.taskSubmission.submitDelete({
        payload: {
          submission_id: sid2,
          endpoint: COLLECTIONS.tutorial2.id,
          DATA: [{ DATA_TYPE: 'delete_item', path: '/sdk/file1.txt' }],
        } as never,
        ...bearer(t),
      })
    ).json()) as any;
    expect(del.DATA_TYPE).toBe('delete_result');
    await fetch(`${emu.url}/__emulator/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seconds: 2 }),
    });
    expect(((await (await transfer.task.get(del.task_id, bearer(t))).json()) as any).status).toBe('SUCCEEDED');

    const bm = (await (
      await transfer.collectionBookmarks.create({
        payload: { name: 'SDK mark', endpoint_id: COLLECTIONS.tutorial1.id, path: PATHS.godata },
        ...bearer(t),
      })
    ).json()) as any;
    expect(bm.name).toBe('SDK mark');
    const renamed = (await (
      await transfer.collectionBookmarks.update(bm.id, { payload: { name: 'SDK mark 2' }, ...bearer(t) })
    ).json()) as any;
    expect(renamed.name).toBe('SDK mark 2');
    expect(
      ((await (await transfer.collectionBookmarks.getAll(bearer(t))).json()) as any).DATA.map((b: any) => b.id),
    ).toContain(bm.id);
    expect((await transfer.collectionBookmarks.remove(bm.id, bearer(t))).ok).toBe(true);

    const share = COLLECTIONS.aliceShare.id;
    const rule = (await (
      await transfer.access.create(share, {
        payload: {
          DATA_TYPE: 'access',
          principal_type: 'identity',
          principal: IDENTITIES.carol.id,
          path: '/projects/',
          permissions: 'r',
        } as never,
        ...bearer(t),
      })
    ).json()) as any;
    expect(rule.code).toBe('Created');
    const got = (await (
      await transfer.access.get({ endpoint_xid: share, id: rule.access_id }, bearer(t))
    ).json()) as any;
    expect(got.principal).toBe(IDENTITIES.carol.id);
    expect(
      (
        await transfer.access.update(
          { endpoint_xid: share, id: rule.access_id },
          { payload: { DATA_TYPE: 'access', permissions: 'rw' } as never, ...bearer(t) },
        )
      ).ok,
    ).toBe(true);
    expect(
      ((await (await transfer.access.getAll(share, bearer(t))).json()) as any).DATA.some(
        (r: any) => r.id === rule.access_id && r.permissions === 'rw',
      ),
    ).toBe(true);
    expect((await transfer.access.remove({ endpoint_xid: share, id: rule.access_id }, bearer(t))).ok).toBe(true);

    const ids = await (
      await auth.identities.getAll({ query: { ids: IDENTITIES.carol.id }, ...bearer(doc.access_token) })
    ).json();
    expect(ids.identities[0].username).toBe('carol@example.org');
    const mine = (await (
      await groups.groups.getMyGroups(bearer(tokenFor(doc, 'groups.api.globus.org')))
    ).json()) as any[];
    expect(mine.map((g) => g.name)).toContain('Alice Lab');
  });
});
