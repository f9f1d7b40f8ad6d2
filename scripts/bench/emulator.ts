/**
 * Emulator figures: `ls` of the 100,000-entry folder, sustained mixed GET requests per second
 * over loopback, and memory growth while a 1,000,000-file transfer runs (the source folder is
 * generated on demand; the engine runs by advancing the logical clock). Run alone with
 * `npx tsx scripts/bench/emulator.ts`; `npm run bench` calls `benchEmulator()`.
 *
 * The two request figures run against the emulator in its own process, as `npm start` runs it, so
 * the client's work of receiving 27 MB is not counted as the server's; the memory figure needs the
 * emulator in this process.
 */
import { startEmulator } from '../../test/emulator/server';
import { httpLogin, tokenForResourceServer } from '../../test/emulator/http-login';
import { COLLECTIONS, IDENTITIES, PATHS } from '../../test/emulator/seed/ids';
import { startEmulatorProcess } from './emulator-process';

export interface EmulatorFigure {
  name: string;
  unit: string;
  target: string;
  runs: number[];
}

const TRANSFER_SCOPE = 'urn:globus:auth:scope:transfer.api.globus.org:all';
const T1 = COLLECTIONS.tutorial1.id;
const T2 = COLLECTIONS.tutorial2.id;
const MB = 1024 * 1024;

async function loggedInGet(url: string) {
  const doc = await httpLogin(url, IDENTITIES.alice.id, TRANSFER_SCOPE);
  const auth = { authorization: `Bearer ${tokenForResourceServer(doc, 'transfer.api.globus.org')}` };
  const get = async (path: string) => {
    const res = await fetch(url + path, { headers: auth });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  };
  return { auth, get };
}

/** ls of the big folder and sustained mixed GETs, against an emulator at `url`. */
async function requestFigures(url: string): Promise<{ lsRuns: number[]; rpsRuns: number[] }> {
  const { get } = await loggedInGet(url);
  // 1. ls of the 100,000-entry folder (first call builds the shared listing; not counted).
  const lsPath = `/v0.10/operation/endpoint/${T1}/ls?path=${encodeURIComponent(PATHS.big)}`;
  await get(lsPath);
  const lsRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await get(lsPath);
    lsRuns.push(performance.now() - t0);
  }

  // 2. Sustained mixed GET load for ~3 s, 8 requests in flight (loopback only).
  const mix = [
    `/v0.10/endpoint/${T1}`,
    `/v0.10/operation/endpoint/${T1}/ls?path=${encodeURIComponent(PATHS.godata)}`,
    '/v0.10/task_list?limit=10',
    '/v0.10/submission_id',
    `/v0.10/endpoint_search?filter_fulltext=tutorial`,
    '/v0.10/bookmark_list',
  ];
  const rpsRuns: number[] = [];
  for (let round = 0; round < 3; round++) {
    let done = 0;
    const until = performance.now() + 1000;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = w; performance.now() < until; i++) {
          await get(mix[i % mix.length]!);
          done++;
        }
      }),
    );
    rpsRuns.push(done / ((performance.now() - t0) / 1000));
  }

  return { lsRuns, rpsRuns };
}

export async function benchEmulator(): Promise<EmulatorFigure[]> {
  const own = await startEmulatorProcess();
  let lsRuns: number[];
  let rpsRuns: number[];
  try {
    ({ lsRuns, rpsRuns } = await requestFigures(own.url));
  } finally {
    await own.close();
  }
  const emu = await startEmulator({ port: 0, clock: 'manual' });
  try {
    const { auth } = await loggedInGet(emu.url);
    const control = async (path: string, body: unknown) => {
      const res = await fetch(`${emu.url}/__emulator/${path}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json();
    };

    // 3. Memory while a 1,000,000-file transfer runs: 10,000 files per logical second.
    await control('storage/generate', { collection: T1, path: '/million/', count: 1_000_000, size: 4096 });
    await control('engine', { filesPerSecond: 10_000, bandwidthBytesPerSecond: 1e12 });
    const sid = (await (await fetch(`${emu.url}/v0.10/submission_id`, { headers: auth })).json()).value;
    const sub = await fetch(`${emu.url}/v0.10/transfer`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        DATA_TYPE: 'transfer',
        submission_id: sid,
        source_endpoint: T1,
        destination_endpoint: T2,
        DATA: [
          { DATA_TYPE: 'transfer_item', source_path: '/million/', destination_path: '/million/', recursive: true },
        ],
      }),
    });
    const taskId = (await sub.json()).task_id;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const base = process.memoryUsage();
    const heapRuns: number[] = [];
    const rssRuns: number[] = [];
    let files = 0;
    for (let step = 0; step < 8; step++) {
      await control('clock/advance', { seconds: 5 });
      gc?.();
      const m = process.memoryUsage();
      heapRuns.push((m.heapUsed - base.heapUsed) / MB);
      rssRuns.push((m.rss - base.rss) / MB);
      const t = await (await fetch(`${emu.url}/v0.10/task/${taskId}`, { headers: auth })).json();
      files = t.files_transferred;
    }
    return [
      {
        name: `ls of the ${PATHS.bigCount.toLocaleString('en')}-entry folder`,
        unit: 'ms',
        target: '< 300',
        runs: lsRuns,
      },
      { name: 'mixed GET requests per second (8 in flight, loopback)', unit: 'req/s', target: '≥ 200', runs: rpsRuns },
      {
        name: `heap growth, 1,000,000-file transfer (${files.toLocaleString('en')} files copied; incl. destination tree)`,
        unit: 'MB',
        target: 'bounded',
        runs: heapRuns,
      },
      { name: 'RSS growth, same transfer', unit: 'MB', target: 'bounded', runs: rssRuns },
    ];
  } finally {
    await emu.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { printFigures } = await import('./report');
  printFigures('Emulator', await benchEmulator());
}
