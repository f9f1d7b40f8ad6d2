// @vitest-environment node
/** Collection HTTPS with big bodies: uploads stream in and come back byte for byte, ranges of a 1 GB file, quota. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { harness, type Harness } from './harness';
import { COLLECTIONS } from '../seed/ids';
import { seededBytes } from '../vfs/content';

const T1 = COLLECTIONS.tutorial1.id;
const url = (path: string) => `/__https/${T1}${path.split('/').map(encodeURIComponent).join('/')}`;
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Byte equality without the matcher's element-by-element walk (slow for megabytes). */
const same = (a: Uint8Array | undefined, b: Uint8Array) => !!a && Buffer.from(a).equals(Buffer.from(b));
const bodyOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

async function httpsToken(h: Harness): Promise<string> {
  return h.tokenFor(await h.login('alice', `openid https://auth.globus.org/scopes/${T1}/https`), T1);
}

/** A request body that arrives in uneven pieces, as a network delivers it. */
function pieces(bytes: Uint8Array, size = 70_001): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

const put = (h: Harness, token: string, path: string, body: BodyInit, headers: Record<string, string> = {}) =>
  h.request(url(path), {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

const get = (h: Harness, token: string, path: string, headers: Record<string, string> = {}) =>
  h.request(url(path), { headers: { authorization: `Bearer ${token}`, ...headers } });

const storedContent = (h: Harness, path: string) => {
  const col = h.emu.world.collection(T1)!;
  const node = h.emu.world.storage(col).stat(h.emu.world.treePath(col, path));
  return node.kind === 'file' ? node.content : undefined;
};

const listing = async (h: Harness, path: string) =>
  (await h.json(`/__emulator/files?${new URLSearchParams({ collection: T1, path })}`)).body;

describe('Collection HTTPS: large uploads and downloads', () => {
  it('streams uploads in and returns them byte for byte; a repeated line is kept as that line only', async () => {
    const h = harness();
    const token = await httpsToken(h);
    await h.json('/__emulator/folders', undefined, {
      method: 'POST',
      body: JSON.stringify({ collection: T1, path: '/share/uploads/' }),
    });
    const repeated = seededBytes('line of a big file', 3 * 1024 * 1024 + 5);
    const up = await put(h, token, '/share/uploads/big copy #1.dat', pieces(repeated));
    expect([up.status, (await up.json()).size]).toEqual([201, repeated.length]);
    expect(storedContent(h, '/share/uploads/big copy #1.dat')).toEqual({ seed: 'line of a big file' });
    expect(same(await bodyOf(await get(h, token, '/share/uploads/big copy #1.dat')), repeated)).toBe(true);

    // Starts like a repeated line, then differs: every byte is kept.
    const mixed = seededBytes('line of a big file', 2 * 1024 * 1024);
    mixed.fill(0x41, 1_500_000, 1_500_010);
    const again = await put(h, token, '/share/uploads/big copy #1.dat', pieces(mixed), {
      'content-length': String(mixed.length),
    });
    expect(again.status).toBe(200);
    expect(same(await bodyOf(await get(h, token, '/share/uploads/big copy #1.dat')), mixed)).toBe(true);
    const part = await get(h, token, '/share/uploads/big copy #1.dat', { range: 'bytes=1499995-1500014' });
    expect(part.status).toBe(206);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(mixed.slice(1_499_995, 1_500_015));

    const small = new TextEncoder().encode('no newline at all, ü');
    expect((await put(h, token, '/share/uploads/small ü.txt', small)).status).toBe(201);
    expect(await (await get(h, token, '/share/uploads/small ü.txt')).text()).toBe('no newline at all, ü');

    // The control API lists what arrived with the hashes of the bytes sent.
    const tree = await listing(h, '/share/uploads/');
    expect(tree.files).toEqual(
      expect.arrayContaining([
        { path: 'big copy #1.dat', size: mixed.length, sha256: sha256(mixed) },
        { path: 'small ü.txt', size: small.length, sha256: sha256(small) },
      ]),
    );
  });

  it('makes a 1 GB seeded file on request and serves ranges of it as a stream', async () => {
    const h = harness();
    const token = await httpsToken(h);
    const size = 1024 ** 3;
    const made = await h.json('/__emulator/files', undefined, {
      method: 'POST',
      body: JSON.stringify({ collection: T1, path: '/bench/one gigabyte.dat', size }),
    });
    expect(made.status).toBe(201);
    const seed = made.body.seed;
    expect(seed).toBe('/tutorial/ep1/bench/one gigabyte.dat');

    const tail = await get(h, token, '/bench/one gigabyte.dat', { range: `bytes=${size - 1000}-` });
    expect(tail.headers.get('content-range')).toBe(`bytes ${size - 1000}-${size - 1}/${size}`);
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(seededBytes(seed, size, size - 1000, size));

    // The whole file streams in bounded chunks; reading a few and stopping costs nothing more.
    const whole = await get(h, token, '/bench/one gigabyte.dat');
    expect(whole.headers.get('content-length')).toBe(String(size));
    const reader = whole.body!.getReader();
    let offset = 0;
    for (let i = 0; i < 8; i++) {
      const { value } = await reader.read();
      expect(value!.length).toBeLessThanOrEqual(256 * 1024);
      expect(same(value, seededBytes(seed, size, offset, offset + value!.length))).toBe(true);
      offset += value!.length;
    }
    await reader.cancel();

    const beyond = await get(h, token, '/bench/one gigabyte.dat', { range: `bytes=${size}-` });
    expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, `bytes */${size}`]);

    const listed = await listing(h, '/bench/');
    expect(listed.files).toEqual([{ path: 'one gigabyte.dat', size, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);

    const bad = await h.json('/__emulator/files', undefined, {
      method: 'POST',
      body: JSON.stringify({ collection: T1, path: '/x.dat', size: -1 }),
    });
    expect(bad.status).toBe(400);
    const unknown = await h.json('/__emulator/files?collection=nope&path=/');
    expect(unknown.status).toBe(404);
  });

  it('lists a folder tree made with the control API, empty folders included', async () => {
    const h = harness();
    const post = (path: string, body: object) =>
      h.json(path, undefined, { method: 'POST', body: JSON.stringify({ collection: T1, ...body }) });
    expect((await post('/__emulator/folders', { path: '/tree/empty ü/' })).status).toBe(201);
    await post('/__emulator/files', { path: '/tree/a/b #1.txt', size: 10, seed: 'x' });
    const tree = await listing(h, '/tree/');
    expect(tree).toMatchObject({
      folders: ['a', 'empty ü'],
      files: [{ path: 'a/b #1.txt', size: 10, sha256: sha256(seededBytes('x', 10)) }],
    });
  });

  it('answers 507 when an upload does not fit the quota, and keeps the old file', async () => {
    const h = harness();
    const token = await httpsToken(h);
    await put(h, token, '/share/kept.txt', 'old bytes');
    await h.json(`/__emulator/collections/${T1}/quota`, undefined, {
      method: 'POST',
      body: JSON.stringify({ freeBytes: 100_000 }),
    });
    // Undeclared length: found out while streaming.
    const streamed = await put(h, token, '/share/kept.txt', pieces(new Uint8Array(300_000)));
    expect([streamed.status, (await streamed.json()).code]).toEqual([507, 'quota_exceeded']);
    // Declared length: known at once (the body is still read to the end before the answer).
    const declared = await put(h, token, '/share/kept.txt', new Uint8Array(200_000), { 'content-length': '200000' });
    expect(declared.status).toBe(507);
    expect(await (await get(h, token, '/share/kept.txt')).text()).toBe('old bytes');
    // What fits (counting the bytes it replaces) is stored.
    expect((await put(h, token, '/share/kept.txt', new Uint8Array(100_009))).status).toBe(200);
  });
});
