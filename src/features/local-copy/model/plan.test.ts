import { describe, expect, it } from 'vitest';
import {
  buildPlan,
  existingFiles,
  filesToCopy,
  walkSelection,
  type TreeEntry,
  type TreeSource,
} from '@/features/local-copy/model/plan';

type Tree = { [name: string]: number | Tree };

/** A side of the copy from a nested object: numbers are file sizes, objects folders. */
function treeSource(root: Tree): TreeSource & { listed: string[] } {
  const listed: string[] = [];
  return {
    listed,
    async list(rel) {
      listed.push(rel);
      let node: Tree | number | undefined = root;
      for (const part of rel ? rel.split('/') : []) node = typeof node === 'object' ? node[part] : undefined;
      if (typeof node !== 'object') return null;
      return Object.entries(node).map(([name, v]): TreeEntry =>
        typeof v === 'number' ? { name, type: 'file', size: v } : { name, type: 'dir', size: 0 },
      );
    },
  };
}

const source = treeSource({ run: { 'a.csv': 10, deep: { 'b.csv': 20 } }, 'notes.txt': 5, other: 1 });
const selection = [
  { name: 'run', type: 'dir' as const, size: 4096 },
  { name: 'notes.txt', type: 'file' as const, size: 5 },
];

describe('copy planner', () => {
  it('walks the selection only, parents before children, with file sizes', async () => {
    const entries = await walkSelection(source, selection);
    expect(entries).toEqual([
      { rel: 'run', kind: 'dir', size: 0 },
      { rel: 'notes.txt', kind: 'file', size: 5 },
      { rel: 'run/a.csv', kind: 'file', size: 10 },
      { rel: 'run/deep', kind: 'dir', size: 0 },
      { rel: 'run/deep/b.csv', kind: 'file', size: 20 },
    ]);
  });

  it('lists each folder in the file manager’s name order, whatever order the source lists it in', async () => {
    const shuffled = treeSource({ top: { 'file10.dat': 1, 'File2.dat': 1, 'file1.dat': 1, b: {}, A: {} } });
    const entries = await walkSelection(shuffled, [{ name: 'top', type: 'dir', size: 0 }]);
    expect(entries.map((e) => e.rel)).toEqual([
      'top',
      'top/A',
      'top/b',
      'top/file1.dat',
      'top/File2.dat',
      'top/file10.dat',
    ]);
  });

  it('skips only files the target holds with exactly the same size, and counts them', async () => {
    const entries = await walkSelection(source, selection);
    const target = treeSource({ run: { 'a.csv': 10, deep: { 'b.csv': 19 } }, 'notes.txt': 5 });
    const existing = await existingFiles(target, entries);
    const plan = buildPlan(entries, existing);
    expect(plan).toMatchObject({ existingSameSize: 2, existingOtherSize: 1, totalBytes: 35 });
    expect(plan.folders.map((f) => f.rel)).toEqual(['run', 'run/deep']);

    const skip = filesToCopy(plan, existing, true);
    expect(skip.skipped).toBe(2);
    expect(skip.files.map((f) => f.rel)).toEqual(['run/deep/b.csv']);
    const overwrite = filesToCopy(plan, existing, false);
    expect([overwrite.skipped, overwrite.files.length]).toEqual([0, 3]);
  });

  it('treats a target without the folders yet as holding nothing', async () => {
    const entries = await walkSelection(source, selection);
    const empty = treeSource({});
    const existing = await existingFiles(empty, entries);
    expect(existing.size).toBe(0);
    expect(buildPlan(entries, existing).existingSameSize).toBe(0);
  });
});
