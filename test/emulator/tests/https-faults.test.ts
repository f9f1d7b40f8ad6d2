// @vitest-environment node
/**
 * Faults on collection HTTPS bodies, over a real socket (a cut connection is only visible there): a download
 * cut after N bytes, an upload cut after N bytes (nothing stored), a 503 once, and a slowed body.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../server';
import { httpLogin, tokenForResourceServer } from '../http-login';
import { COLLECTIONS, IDENTITIES } from '../seed/ids';
import { seededBytes } from '../vfs/content';
import { harness } from './harness';

const T1 = COLLECTIONS.tutorial1.id;
const FILE = '/faults/data #1.dat';
const SIZE = 1_000_000;
let emulator: RunningEmulator;
let token: string;

const fileUrl = (path: string) => `${emulator.url}/__https/${T1}${path.split('/').map(encodeURIComponent).join('/')}`;
const auth = () => ({ authorization: `Bearer ${token}` });

async function control(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
  const res = await fetch(`${emulator.url}/__emulator/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

/** Reads a body to its end or until the connection breaks: the bytes that arrived, and whether it broke. */
async function readAll(res: Response): Promise<{ bytes: number; broke: boolean }> {
  const reader = res.body!.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes, broke: false };
      bytes += value.length;
    }
  } catch {
    return { bytes, broke: true };
  }
}

beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
  token = tokenForResourceServer(
    await httpLogin(emulator.url, IDENTITIES.alice.id, `https://auth.globus.org/scopes/${T1}/https`),
    T1,
  );
}, 60_000);
afterAll(() => emulator.close());
beforeEach(async () => {
  await control('faults', undefined, 'DELETE');
  await control('files', { collection: T1, path: FILE, size: SIZE });
});

describe('Collection HTTPS faults (real socket)', () => {
  it('lets the first matching requests through when asked to skip them, then cuts the next', async () => {
    await control('faults', { method: 'GET', path: `/__https/${T1}/faults/*`, dropAfterBytes: 1000, skip: 1 });
    const first = await fetch(fileUrl(FILE), { headers: { ...auth(), range: 'bytes=0-4999' } });
    expect(await readAll(first)).toEqual({ bytes: 5000, broke: false });
    const second = await fetch(fileUrl(FILE), { headers: { ...auth(), range: 'bytes=5000-9999' } });
    expect(await readAll(second)).toEqual({ bytes: 1000, broke: true });
    expect((await control('faults')).body).toEqual({ faults: [] });
  });

  it('cuts a download after N bytes, as many times as asked, then serves it whole', async () => {
    const made = await control('faults', {
      method: 'GET',
      path: `/__https/${T1}/faults/*`,
      dropAfterBytes: 300_000,
      times: 2,
    });
    expect(made.status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const res = await fetch(fileUrl(FILE), { headers: auth() });
      expect(res.status).toBe(200);
      expect(await readAll(res)).toEqual({ bytes: 300_000, broke: true });
    }
    const whole = await fetch(fileUrl(FILE), { headers: auth() });
    expect(await readAll(whole)).toEqual({ bytes: SIZE, broke: false });
    // A resumed download picks up where the cut left it.
    const rest = await fetch(fileUrl(FILE), { headers: { ...auth(), range: 'bytes=300000-' } });
    const seed = `/tutorial/ep1${FILE}`;
    expect(Buffer.from(await rest.arrayBuffer()).equals(Buffer.from(seededBytes(seed, SIZE, 300_000)))).toBe(true);
  });

  it('cuts an upload after N bytes and stores nothing; the retry succeeds', async () => {
    await control('faults', { method: 'PUT', path: `/__https/${T1}/faults/*`, dropAfterBytes: 100_000 });
    const body = seededBytes('upload line', 500_000);
    const target = fileUrl('/faults/up load.dat');
    await expect(fetch(target, { method: 'PUT', headers: auth(), body })).rejects.toThrow();
    expect((await fetch(target, { headers: auth() })).status).toBe(404);
    const retry = await fetch(target, { method: 'PUT', headers: auth(), body });
    expect(retry.status).toBe(201);
    expect(Buffer.from(await (await fetch(target, { headers: auth() })).arrayBuffer()).equals(Buffer.from(body))).toBe(
      true,
    );
  });

  it('answers 503 once with Retry-After and {code, message}, then serves the file', async () => {
    await control('faults', { method: 'GET', path: `/__https/${T1}/*`, status: 503, retryAfter: 2 });
    const failed = await fetch(fileUrl(FILE), { headers: auth() });
    expect([failed.status, failed.headers.get('retry-after')]).toEqual([503, '2']);
    expect(Object.keys(await failed.json()).sort()).toEqual(['code', 'message']);
    expect((await fetch(fileUrl(FILE), { headers: auth() })).status).toBe(200);
  });

  it('slows downloads and uploads to the given bytes per second until the faults are cleared', async () => {
    await control('faults', { path: `/__https/${T1}/faults/*`, bytesPerSecond: 200_000, times: -1 });
    // Lower bounds only: a busy machine makes these slower, never faster.
    let started = Date.now();
    const res = await fetch(fileUrl(FILE), { headers: { ...auth(), range: 'bytes=0-99999' } });
    expect(await readAll(res)).toEqual({ bytes: 100_000, broke: false });
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    started = Date.now();
    const up = await fetch(fileUrl('/faults/slow.dat'), {
      method: 'PUT',
      headers: auth(),
      body: new Uint8Array(100_000),
    });
    expect(up.status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect((await control('faults')).body.faults).toHaveLength(1);
  });

  it('refuses a fault with nothing to do or a bad number', async () => {
    expect((await control('faults', { path: '/x' })).status).toBe(400);
    expect((await control('faults', { path: '/x', dropAfterBytes: -5 })).status).toBe(400);
    expect((await control('faults', { path: '/x', bytesPerSecond: 0 })).status).toBe(400);
  });
});

describe('Collection HTTPS faults (in-process, no socket to cut)', () => {
  it('a cut download errors its body stream; a cut upload answers 599 and stores nothing', async () => {
    const h = harness();
    const tok = h.tokenFor(await h.login('alice', `https://auth.globus.org/scopes/${T1}/https`), T1);
    const post = (path: string, body: object) =>
      h.json(path, undefined, { method: 'POST', body: JSON.stringify(body) });
    await post('/__emulator/files', { collection: T1, path: FILE, size: SIZE });
    await post('/__emulator/faults', { method: 'GET', path: '/__https/*', dropAfterBytes: 1000 });
    await post('/__emulator/faults', { method: 'PUT', path: '/__https/*', dropAfterBytes: 10 });
    const url = `/__https/${T1}/faults/${encodeURIComponent('data #1.dat')}`;
    const res = await h.request(url, { headers: { authorization: `Bearer ${tok}` } });
    expect(await readAll(res)).toEqual({ bytes: 1000, broke: true });
    const up = await h.request(`/__https/${T1}/faults/cut.dat`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${tok}` },
      body: 'more than ten bytes',
    });
    expect([up.status, up.headers.get('x-emulator-dropped')]).toEqual([599, expect.stringMatching(/^fault-/)]);
    expect(
      (await h.request(`/__https/${T1}/faults/cut.dat`, { headers: { authorization: `Bearer ${tok}` } })).status,
    ).toBe(404);
  });
});
