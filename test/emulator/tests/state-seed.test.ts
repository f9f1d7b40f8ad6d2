// @vitest-environment node
/** A state dump is a valid seed: mutate, dump, reset, load, and see the same world (docs/architecture.md#emulator). */
import { describe, expect, it } from 'vitest';
import { item, names, T1, T2, TRANSFER, taskHarness } from './task-helpers';
import { COLLECTIONS, IDENTITIES, PATHS } from '../seed/ids';
import { harness } from './harness';

const post = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body) });

describe('state dump as seed', () => {
  it('restores folders, uploads, ACLs, bookmarks, consents and tasks (finished and running) after a reset', async () => {
    const h = await taskHarness({ bandwidthBytesPerSecond: 1e9 });
    const share = COLLECTIONS.aliceShare.id;
    expect(
      (await h.json(`/v0.10/operation/endpoint/${T2}/mkdir`, h.tok, post({ DATA_TYPE: 'mkdir', path: '/kept dir Ω/' })))
        .status,
    ).toBe(200);
    const acl = await h.json(
      `/v0.10/endpoint/${share}/access`,
      h.tok,
      post({
        DATA_TYPE: 'access',
        principal_type: 'identity',
        principal: IDENTITIES.carol.id,
        path: '/private/',
        permissions: 'r',
      }),
    );
    expect(acl.status).toBe(201);
    const bm = await h.json(
      '/v0.10/bookmark',
      h.tok,
      post({ DATA_TYPE: 'bookmark', name: 'kept', endpoint_id: T1, path: PATHS.godata }),
    );
    const w0 = h.emu.world;
    const t2 = w0.collection(T2)!;
    w0.storage(t2).writeFile(w0.treePath(t2, '/kept dir Ω/upload.bin'), {
      size: 3,
      content: { bytes: new Uint8Array([1, 2, 3]) },
      mtime: 5,
      user: 'alice',
    });
    await h.json(
      '/__emulator/storage/generate',
      undefined,
      post({ collection: T1, path: '/gen/', count: 5000, size: 1 }),
    );
    expect((await h.ls(T1, '/gen/')).total).toBe(5000);
    const done = (await h.submit({ label: 'finished', DATA: [item('/share/godata/', '/kept dir Ω/copy/', true)] })).body
      .task_id;
    await h.advance(2);
    await h.json('/__emulator/engine', undefined, post({ bandwidthBytesPerSecond: 100 }));
    const slow = (
      await h.submit({
        label: 'running',
        DATA: [item('/share/nested/', '/slow/', true), item('/share/sizes/1KiB.bin', '/slow/1KiB.bin')],
      })
    ).body.task_id;
    await h.advance(2);
    const before = { done: await h.task(done), slow: await h.task(slow) };
    expect(before.done.status).toBe('SUCCEEDED');
    expect(before.slow).toMatchObject({ status: 'ACTIVE', nice_status: 'OK' });
    expect(before.slow.files_transferred).toBeGreaterThan(0);
    // the big folder, once listed, must still be named by its generator in the dump
    expect((await h.ls(T1, PATHS.big)).total).toBe(PATHS.bigCount);

    const dumpRes = await h.request('/__emulator/state');
    const dumpText = await dumpRes.text();
    expect(dumpText.length).toBeLessThan(1_000_000);
    const dump = JSON.parse(dumpText);

    await h.json('/__emulator/reset', undefined, { method: 'POST' });
    const fresh = h.tokenFor(await h.login('alice', TRANSFER), 'transfer.api.globus.org');
    expect((await h.json(`/v0.10/task/${done}`, fresh)).status).toBe(404);
    expect(names(await h.ls(T2, '/', fresh))).not.toContain('kept dir Ω');

    const loaded = await h.json('/__emulator/seed', undefined, post(dump));
    expect(loaded.status).toBe(200);
    expect(loaded.body).toMatchObject({ loaded: true, tasks: 2 });
    const tok = h.tokenFor(await h.login('alice', TRANSFER), 'transfer.api.globus.org');
    expect(names(await h.ls(T2, '/kept dir Ω/', tok))).toEqual(['copy', 'upload.bin']);
    expect(names(await h.ls(T2, '/kept dir Ω/copy/', tok))).toEqual(names(await h.ls(T1, PATHS.godata, tok)));
    const w = h.emu.world;
    const up = w.storage(w.collection(T2)!).stat(w.treePath(w.collection(T2)!, '/kept dir Ω/upload.bin')) as any;
    expect([...up.content.bytes]).toEqual([1, 2, 3]);
    expect((await h.ls(T1, '/gen/', tok)).total).toBe(5000);
    expect((await h.ls(T1, PATHS.big, tok)).total).toBe(PATHS.bigCount);
    const acls = (await h.json(`/v0.10/endpoint/${share}/access_list`, tok)).body.DATA;
    expect(acls.map((a: any) => a.id)).toContain(acl.body.access_id);
    expect((await h.json('/v0.10/bookmark_list', tok)).body.DATA.map((b: any) => b.id)).toContain(bm.body.id);
    expect(dump.consents.length).toBeGreaterThan(0);
    const state = (await h.json('/__emulator/state')).body;
    // the logins after the load add their own consents after the restored ones
    expect(state.consents.slice(0, dump.consents.length)).toEqual(dump.consents);

    const after = { done: await h.task(done, tok), slow: await h.task(slow, tok) };
    expect(after.done).toEqual(before.done);
    expect(after.slow).toEqual(before.slow);
    expect((await h.json(`/v0.10/task/${done}/event_list`, tok)).body.DATA.map((e: any) => e.code)).toContain(
      'FILE_TRANSFERRED',
    );
    // the running task carries on from where it was and copies exactly what it had left
    await h.advance(60);
    const finished = await h.task(slow, tok);
    expect(finished).toMatchObject({
      status: 'SUCCEEDED',
      files_transferred: 4,
      subtasks_total: before.slow.subtasks_total,
    });
    expect(names(await h.ls(T2, '/slow/', tok))).toEqual(['1KiB.bin', 'level1']);
    // ids drawn after a load never repeat dumped ones
    const next = await h.submit({ DATA: [item('/share/godata/file1.txt', '/n.txt')] }, tok);
    expect([done, slow]).not.toContain(next.body.task_id);
  });

  it('an emulator started from a dump (npm run emulator -- --seed dump.json) shows that world and resets to it', async () => {
    const h = await taskHarness();
    expect(
      (
        await h.json(
          `/v0.10/operation/endpoint/${T2}/mkdir`,
          h.tok,
          post({ DATA_TYPE: 'mkdir', path: '/from the dump/' }),
        )
      ).status,
    ).toBe(200);
    const dump = (await h.json('/__emulator/state')).body;

    const started = await taskHarness({ seedState: dump });
    expect(names(await started.ls(T2, '/'))).toContain('from the dump');
    await started.json(
      `/v0.10/operation/endpoint/${T2}/mkdir`,
      started.tok,
      post({ DATA_TYPE: 'mkdir', path: '/made later/' }),
    );
    await started.json('/__emulator/reset', undefined, { method: 'POST' });
    const tok = started.tokenFor(await started.login('alice', TRANSFER), 'transfer.api.globus.org');
    const after = names(await started.ls(T2, '/', tok));
    expect(after).toContain('from the dump');
    expect(after).not.toContain('made later');

    expect(() => harness({ seedState: { identities: [] } as never })).toThrow(/cannot be loaded/);
  });

  it('refuses documents that are not state dumps', async () => {
    const h = await taskHarness();
    expect((await h.json('/__emulator/seed', undefined, post({ identities: [] }))).status).toBe(400);
    expect(
      (
        await h.request('/__emulator/seed', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: 'nope',
        })
      ).status,
    ).toBe(400);
  });
});
