import { test, expect, E2E_CLIENT_ID } from './fixtures';
import { httpLogin, tokenForResourceServer } from '../emulator/http-login';
import { COLLECTIONS, IDENTITIES } from '../emulator/seed/ids';
import { seededBytes } from '../emulator/vfs/content';
import {
  AWKWARD_TREE,
  LOCAL_REFUSED_NAMES,
  collectionTree,
  createOpfsTree,
  expectedListing,
  makeCollectionFile,
  makeCollectionFolder,
  readOpfsTree,
  stubDirectoryPicker,
} from './local-files-helpers';

// The helpers the local-folder tests and the bench stand on, proven against Chromium's OPFS and the emulator:
// a tree with awkward names goes into OPFS, reads back byte for byte, is what the stubbed folder picker returns,
// and, uploaded through the emulator's HTTPS server, lists the same on the collection side.

const t1 = COLLECTIONS.tutorial1;
const FOLDER = 'tests/picked folder';

test('OPFS trees, the stubbed folder picker and the collection tree listing agree byte for byte', async ({
  page,
  env,
}) => {
  await stubDirectoryPicker(page, FOLDER);
  await page.goto(env.appUrl);
  await createOpfsTree(page, FOLDER, AWKWARD_TREE);
  const expected = expectedListing(AWKWARD_TREE);
  expect(await readOpfsTree(page, FOLDER)).toEqual(expected);

  // The app's picker call gets that folder.
  const picked = await page.evaluate(async () => {
    const w = window as unknown as {
      showDirectoryPicker(): Promise<FileSystemDirectoryHandle>;
      __directoryPicks: number;
    };
    const handle = await w.showDirectoryPicker();
    const names: string[] = [];
    for await (const name of (handle as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return { name: handle.name, names: names.sort(), picks: w.__directoryPicks };
  });
  expect(picked).toEqual({ name: 'picked folder', names: Object.keys(AWKWARD_TREE).sort(), picks: 1 });

  // Names a collection allows but the local side refuses.
  const refused = await page.evaluate(async (names) => {
    const root = await navigator.storage.getDirectory();
    return Promise.all(
      names.map((n) =>
        root.getFileHandle(n, { create: true }).then(
          () => 'made',
          (e: Error) => e.name,
        ),
      ),
    );
  }, LOCAL_REFUSED_NAMES);
  expect(refused).toEqual(LOCAL_REFUSED_NAMES.map(() => 'TypeError'));

  // Upload the tree from the page through the HTTPS server (folders made with the control API), then compare.
  const doc = await httpLogin(
    env.emulatorUrl,
    IDENTITIES.alice.id,
    `https://auth.globus.org/scopes/${t1.id}/https`,
    E2E_CLIENT_ID,
    env.appUrl,
  );
  const token = tokenForResourceServer(doc, t1.id);
  const base = `${env.emulatorUrl}/__https/${t1.id}/share/round trip`;
  await makeCollectionFolder(env.control, t1.id, '/share/round trip/');
  for (const folder of expected.folders) await makeCollectionFolder(env.control, t1.id, `/share/round trip/${folder}`);
  const statuses = await page.evaluate(
    async ({ folder, paths, base, token }) => {
      let root = await navigator.storage.getDirectory();
      for (const name of folder.split('/')) root = await root.getDirectoryHandle(name);
      const out: number[] = [];
      for (const path of paths) {
        const parts = path.split('/');
        let dir = root;
        for (const name of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(name);
        const file = await (await dir.getFileHandle(parts[parts.length - 1]!)).getFile();
        const url = `${base}/${parts.map(encodeURIComponent).join('/')}`;
        const res = await fetch(url, { method: 'PUT', headers: { Authorization: `Bearer ${token}` }, body: file });
        out.push(res.status);
      }
      return out;
    },
    { folder: FOLDER, paths: expected.files.map((f) => f.path), base, token },
  );
  expect(statuses).toEqual(expected.files.map(() => 201));
  expect(await collectionTree(env.control, t1.id, '/share/round trip/')).toEqual(expected);

  // A Range request from the page to a big generated file: the headers a resuming download reads are visible.
  const size = 64 * 1024 * 1024;
  const seed = await makeCollectionFile(env.control, { collection: t1.id, path: '/share/big one.dat', size });
  const part = await page.evaluate(
    async ({ url, token }) => {
      const res = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Range: 'bytes=50000000-50000099' } });
      return {
        status: res.status,
        range: res.headers.get('Content-Range'),
        bytes: [...new Uint8Array(await res.arrayBuffer())],
      };
    },
    { url: `${env.emulatorUrl}/__https/${t1.id}/share/big%20one.dat`, token },
  );
  expect(part).toEqual({
    status: 206,
    range: `bytes 50000000-50000099/${size}`,
    bytes: [...seededBytes(seed, size, 50_000_000, 50_000_100)],
  });
});
