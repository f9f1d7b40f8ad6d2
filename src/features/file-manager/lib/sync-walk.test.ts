import { describe, expect, it } from 'vitest';
import type { FileEntry } from '@/lib/globus/transfer-types';
import { GlobusError } from '@/lib/globus/errors';
import { syncPlan, walkSyncTree, type WalkLimits } from '@/features/file-manager/lib/sync-walk';
import { entry } from '@/features/file-manager/test/listing';

const file = (name: string, size = 5, last_modified = '2024-01-01 00:00:00+00:00') => ({
  ...entry(name, 'file', size),
  last_modified,
});
const dir = (name: string) => entry(name, 'dir');

/** Two trees as folder path → listing; a path absent from a tree does not exist there. */
function lister(tree: Record<string, FileEntry[]>, asked: string[]) {
  return async (path: string) => {
    asked.push(path);
    const found = tree[path];
    if (!found)
      throw new GlobusError({
        service: 'transfer',
        status: 404,
        code: 'ClientError.NotFound',
        message: 'no',
        body: {},
      });
    return found;
  };
}

const source = {
  '/src/p/': [file('top.txt'), file('same.txt'), dir('a'), dir('fresh')],
  '/src/p/a/': [file('bigger.txt', 9), file('newer.txt', 5, '2024-06-01 00:00:00+00:00'), dir('b')],
  '/src/p/a/b/': [file('deep.txt')],
  '/src/p/fresh/': [file('one.txt'), dir('inner')],
  '/src/p/fresh/inner/': [file('two.txt')],
};
const dest = {
  '/dst/p/': [file('same.txt'), dir('a')],
  '/dst/p/a/': [file('bigger.txt', 5), file('newer.txt'), dir('b')],
  '/dst/p/a/b/': [file('deep.txt')],
};

async function walk(limits?: WalkLimits, signal = new AbortController().signal) {
  const asked: string[] = [];
  const listSource = lister(source, asked);
  const listDest = (path: string) =>
    lister(
      dest,
      asked,
    )(path).catch((e: unknown) => {
      if (e instanceof GlobusError && e.status === 404) return null;
      throw e;
    });
  const progress: number[] = [];
  const result = await walkSyncTree({
    source: '/src/p/',
    dest: '/dst/p/',
    listSource,
    listDest,
    signal,
    limits,
    onProgress: (p) => progress.push(p.folders),
  });
  return { result, asked, progress };
}

describe('sync preview walk', () => {
  it('compares sub-folders at every depth, by path relative to the compared folder', async () => {
    const { result, asked, progress } = await walk();
    expect(result).toMatchObject({ cap: null, stopped: false, skipped: [] });
    expect(result.pairs.map((p) => p.rel)).toEqual(['', 'a/', 'fresh/', 'a/b/', 'fresh/inner/']);
    // A folder missing at the destination is not asked for there.
    expect(asked.filter((p) => p.startsWith('/dst/'))).toEqual(['/dst/p/', '/dst/p/a/', '/dst/p/a/b/']);
    expect(progress).toEqual([0, 1, 2, 3, 4, 5]);

    expect(syncPlan(result.pairs, '1')).toEqual({
      copies: [
        { path: 'top.txt', kind: 'new', reason: 'missing at the destination' },
        { path: 'a/bigger.txt', kind: 'changed', reason: 'size differs' },
        { path: 'fresh/one.txt', kind: 'new', reason: 'missing at the destination' },
        { path: 'fresh/inner/two.txt', kind: 'new', reason: 'missing at the destination' },
      ],
      upToDate: 3,
    });
    expect(syncPlan(result.pairs, '2').copies.map((c) => c.path)).toEqual([
      'top.txt',
      'a/newer.txt',
      'fresh/one.txt',
      'fresh/inner/two.txt',
    ]);
    expect(syncPlan(result.pairs, '0').upToDate).toBe(4);
  });

  it('stops at the depth, folder and entry limits and names what it left out', async () => {
    const deep = await walk({ maxDepth: 1, maxFolders: 100, maxEntries: 100 });
    expect(deep.result.cap).toEqual({ kind: 'depth', limit: 1 });
    expect(deep.result.skipped).toEqual([
      { rel: 'a/b/', why: 'too deep' },
      { rel: 'fresh/inner/', why: 'too deep' },
    ]);

    const few = await walk({ maxDepth: 10, maxFolders: 2, maxEntries: 100 });
    expect(few.result.cap).toEqual({ kind: 'folders', limit: 2 });
    expect(few.result.pairs.map((p) => p.rel)).toEqual(['', 'a/']);
    expect(few.result.skipped.map((s) => s.rel)).toEqual(['fresh/', 'a/b/']);

    const small = await walk({ maxDepth: 10, maxFolders: 100, maxEntries: 6 });
    expect(small.result.cap).toEqual({ kind: 'entries', limit: 6 });
    expect(small.result.pairs.map((p) => p.rel)).toEqual(['', 'a/']);
    expect(small.result.skipped).toEqual([
      { rel: 'fresh/', why: 'over the limit' },
      { rel: 'a/b/', why: 'over the limit' },
    ]);
  });

  it('a stop ends the walk with what was compared; a sub-folder that fails is noted, the top folder’s failure thrown', async () => {
    const controller = new AbortController();
    const asked: string[] = [];
    const result = await walkSyncTree({
      source: '/src/p/',
      dest: '/dst/p/',
      listSource: async (path) => {
        asked.push(path);
        if (path === '/src/p/a/') controller.abort();
        if (path === '/src/p/fresh/') throw new Error('boom');
        return source[path as keyof typeof source];
      },
      listDest: async () => null,
      signal: controller.signal,
      onProgress: () => {},
    });
    expect(result.stopped).toBe(true);
    // The listing under way when the stop came is not waited for.
    expect(result.pairs.map((p) => p.rel)).toEqual(['']);
    expect(result.skipped).toEqual([
      { rel: 'a/', why: 'not listed before the stop' },
      { rel: 'fresh/', why: 'not listed before the stop' },
    ]);
    expect(asked).toEqual(['/src/p/', '/src/p/a/']);

    const failing = walkSyncTree({
      source: '/src/p/',
      dest: '/dst/p/',
      listSource: async (path) => {
        if (path === '/src/p/') throw new Error('denied');
        if (path === '/src/p/fresh/') throw new Error('boom');
        return source[path as keyof typeof source];
      },
      listDest: async () => null,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    await expect(failing).rejects.toThrow('denied');
    const partly = await walkSyncTree({
      source: '/src/p/',
      dest: '/dst/p/',
      listSource: async (path) => {
        if (path === '/src/p/fresh/') throw new Error('boom');
        return source[path as keyof typeof source];
      },
      listDest: async () => null,
      signal: new AbortController().signal,
      onProgress: () => {},
    });
    expect(partly.skipped).toEqual([{ rel: 'fresh/', why: expect.any(String) }]);
    expect(partly.pairs.map((p) => p.rel)).toEqual(['', 'a/', 'a/b/']);
  });
});
