import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fileListSchema } from '@/lib/globus/schemas/file-list';
import * as v from 'valibot';
import { asHandle, fakeFolder, type FakeFolder } from '@/test/fake-local-folder';
import type * as LocalRoots from '@/lib/local-files/local-roots';
import { listLocalFolder, listLocalHandle, localFolderPath } from '@/lib/local-files/list-local-folder';
import { LocalNotFoundError, LocalPermissionError, LocalRootMissingError } from '@/lib/local-files/local-errors';
import { deleteLocalEntries, makeLocalFolder } from '@/lib/local-files/local-operations';

const roots = new Map<string, LocalRoots.LocalRoot>();
vi.mock('@/lib/local-files/local-roots', async (original) => ({
  ...(await original<typeof LocalRoots>()),
  loadLocalRoot: (id: string) => Promise.resolve(roots.get(id) ?? null),
}));

const JAN_2 = Date.UTC(2024, 0, 2, 3, 4, 5);
let folder: FakeFolder;
beforeEach(() => {
  folder = fakeFolder('Lab data', {
    'run 1 #%': { 'ü.csv': { size: 1500, lastModified: JAN_2 } },
    'notes.txt': { size: 12, lastModified: JAN_2 },
    '.hidden': { size: 1, lastModified: 0 },
  });
  roots.clear();
  roots.set('local:k1', { id: 'local:k1', name: 'Lab data', handle: asHandle(folder), addedAt: 0 });
});

describe('listLocalFolder', () => {
  it('answers in the shape of Transfer’s ls: folders and files with sizes and Transfer’s time format', async () => {
    const list = await listLocalFolder('local:k1', '');
    expect(v.is(fileListSchema, list)).toBe(true);
    expect(list).toMatchObject({ DATA_TYPE: 'file_list', endpoint: 'local:k1', path: '/', total: 3 });
    const byName = Object.fromEntries(list.DATA.map((e) => [e.name, e]));
    expect(byName['run 1 #%']).toMatchObject({ type: 'dir', size: 0 });
    expect(byName['notes.txt']).toMatchObject({ type: 'file', size: 12, last_modified: '2024-01-02 03:04:05+00:00' });
    expect(byName['.hidden']).toMatchObject({ type: 'file' });
  });

  it('lists a sub-folder by its Transfer-style path, names kept exactly', async () => {
    const list = await listLocalFolder('local:k1', '/run 1 #%/');
    expect(list.path).toBe('/run 1 #%/');
    expect(list.DATA.map((e) => [e.name, e.size])).toEqual([['ü.csv', 1500]]);
  });

  it('says the folder is gone when it was moved or deleted on the computer', async () => {
    await expect(listLocalFolder('local:k1', '/gone/')).rejects.toBeInstanceOf(LocalNotFoundError);
    // A file where a folder was expected is "not there" too.
    await expect(listLocalFolder('local:k1', '/notes.txt/')).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('asks for access again (never silently) when the permission is not granted, and after it was revoked', async () => {
    folder.permission = 'prompt';
    const err = await listLocalFolder('local:k1', '/').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LocalPermissionError);
    expect((err as LocalPermissionError).root.name).toBe('Lab data');

    folder.permission = 'granted';
    folder.revoked = true;
    await expect(listLocalFolder('local:k1', '/')).rejects.toBeInstanceOf(LocalPermissionError);
  });

  it('says the folder is no longer remembered when the id is unknown', async () => {
    await expect(listLocalFolder('local:nope', '/')).rejects.toBeInstanceOf(LocalRootMissingError);
  });

  it('stops between batches when the listing is abandoned', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(listLocalHandle(asHandle(folder), 'local:k1', '/', controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('local folder operations', () => {
  it('makes a folder, refuses a name already there, and deletes folders with their contents', async () => {
    await makeLocalFolder('local:k1', '/', 'new one');
    await expect(makeLocalFolder('local:k1', '/', 'notes.txt')).rejects.toMatchObject({ entryName: 'notes.txt' });
    await deleteLocalEntries('local:k1', '/', ['run 1 #%', 'notes.txt']);
    const names = (await listLocalFolder('local:k1', '/')).DATA.map((e) => e.name).sort();
    expect(names).toEqual(['.hidden', 'new one']);
  });
});

describe('localFolderPath', () => {
  it('reads the route’s path as a folder path', () => {
    expect(localFolderPath('')).toBe('/');
    expect(localFolderPath('/a/b')).toBe('/a/b/');
    expect(localFolderPath('/a b/#/')).toBe('/a b/#/');
  });
});
