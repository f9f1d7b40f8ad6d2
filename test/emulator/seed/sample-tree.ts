/**
 * Sample folder contents. Every seeded file's content seed is its tree path at seeding
 * time (see vfs/content.ts), so a download can be checked byte for byte.
 */
import { PATHS } from './ids';
import { joinPath, normalizePath } from '../vfs/paths';
import { VfsTree, type DirNode, type VfsNode } from '../vfs/tree';
import { docsJson, sortedDocs } from '../vfs/listing';

/** Fixed epoch for seeded mtimes (2023-11-14 22:13:20 UTC) so listings do not depend on when the emulator started. */
export const SEED_EPOCH = 1_700_000_000;

export function addFile(
  tree: VfsTree,
  path: string,
  size: number,
  ageDays = 0,
  owner = 'root',
  permissions = '0644',
): void {
  const p = normalizePath(path);
  tree.writeFile(p, { size, content: { seed: p }, mtime: SEED_EPOCH - ageDays * 86_400, user: owner, permissions });
}

function addDir(tree: VfsTree, path: string, owner = 'root', permissions = '0755'): void {
  const dir = tree.mkdirs(path, { mtime: SEED_EPOCH, user: owner });
  dir.permissions = permissions;
}

/** A 255-byte file name (the usual POSIX maximum). */
export const LONG_NAME = 'very-long-name-'.padEnd(251, 'x') + '.txt';

export const ODD_NAMES = [
  '100% done.txt',
  'what?.txt',
  'a&b.txt',
  'c++ notes.md',
  'a+b=c.txt',
  '#hash-first.txt',
  'semi;colon.txt',
  "quote's.txt",
  'tab\tname.txt',
  '.hidden-file',
  '..double-dot',
  '日本語のファイル.txt',
  'emoji 🚀.txt',
  'Ωmega ü.txt',
  'percent%20encoded.txt',
  'back\\slash.txt',
  LONG_NAME,
];

/** Fills `<root>/share/...` (and a README) — the layout PATHS describes. */
export function populateShare(tree: VfsTree, root: string, owner: string): void {
  const at = (p: string) => joinPath(root, p);
  addDir(tree, at('/'), owner);
  addFile(tree, at('/README.txt'), 512, 30, owner);
  addFile(tree, at('/.profile'), 220, 30, owner);
  addDir(tree, at(PATHS.godata), owner);
  addFile(tree, at(PATHS.godata + 'file1.txt'), 4, 10, owner);
  addFile(tree, at(PATHS.godata + 'file2.txt'), 4, 9, owner);
  addFile(tree, at(PATHS.godata + 'file3.txt'), 6, 8, owner);
  addDir(tree, at(PATHS.special), owner);
  addFile(tree, at(PATHS.special + 'readme ü.txt'), 120, 5, owner);
  addFile(tree, at(PATHS.special + 'data #2.csv'), 2048, 4, owner);
  addFile(tree, at(PATHS.special + 'résumé 2024.pdf'), 48_213, 3, owner);
  addDir(tree, at(PATHS.oddNames), owner);
  ODD_NAMES.forEach((n, i) => addFile(tree, at(PATHS.oddNames + n), 10 + i, i, owner));
  addDir(tree, at(PATHS.oddNames + 'dir with spaces/'), owner);
  addDir(tree, at(PATHS.oddNames + '.config/'), owner);
  addFile(tree, at(PATHS.oddNames + '.config/settings.json'), 64, 2, owner);
  addDir(tree, at(PATHS.empty), owner);
  addDir(tree, at(PATHS.nested), owner);
  addFile(tree, at(PATHS.nested + 'deep.txt'), 33, 1, owner);
  addFile(tree, at('/share/nested/level1/one.txt'), 11, 1, owner);
  addFile(tree, at('/share/nested/level1/level2/two.txt'), 22, 1, owner);
  addDir(tree, at(PATHS.readOnly), 'root', '0555');
  addFile(tree, at(PATHS.readOnly + 'locked.txt'), 100, 50, 'root', '0444');
  addDir(tree, at('/share/sizes/'), owner);
  addFile(tree, at('/share/sizes/zero.bin'), 0, 1, owner);
  addFile(tree, at('/share/sizes/1KiB.bin'), 1024, 1, owner);
  addFile(tree, at('/share/sizes/1MiB.bin'), 1024 * 1024, 1, owner);
  addFile(tree, at('/share/sizes/5GiB.iso'), 5 * 1024 ** 3, 1, owner);
  addDir(tree, at('/share/links/'), owner);
  tree.symlink(at('/share/links/to-godata'), at(PATHS.godata), SEED_EPOCH, { user: owner });
  tree.symlink(at('/share/links/to-file1'), at(PATHS.godata + 'file1.txt'), SEED_EPOCH, { user: owner });
  tree.symlink(at('/share/links/broken'), at('/share/nowhere'), SEED_EPOCH, { user: owner });
  addBigFolder(tree, at(PATHS.big), owner);
}

/**
 * Entries of the big folder, built once per process and shared by every world as a
 * template: nodes are immutable (the tree API replaces nodes, never edits them), so each
 * world's folder is a cheap Map copy of the template when first opened.
 */
const bigTemplates = new Map<string, Map<string, VfsNode>>();
const stampCache = new Map<number, number>();

function bigTemplate(path: string, owner: string): Map<string, VfsNode> {
  const key = `${path}\u0000${owner}`;
  let m = bigTemplates.get(key);
  if (!m) {
    m = new Map();
    const prefix = path.endsWith('/') ? path : path + '/';
    for (let i = 0; i < PATHS.bigCount; i++) {
      const name = `data-${String(i).padStart(6, '0')}.dat`;
      const age = i % 1000;
      let mtime = stampCache.get(age);
      if (mtime === undefined) stampCache.set(age, (mtime = SEED_EPOCH - age * 60));
      m.set(name, {
        kind: 'file',
        size: (i * 7919) % 1_048_576,
        content: { seed: prefix + name },
        mtime,
        permissions: '0644',
        user: owner,
        group: owner,
      });
    }
    bigTemplates.set(key, m);
  }
  return m;
}

/** A directory of PATHS.bigCount files whose entries are only built when first opened. */
function addBigFolder(tree: VfsTree, path: string, owner: string): void {
  makeBigFolder(tree.mkdirs(path, { mtime: SEED_EPOCH, user: owner }), normalizePath(path), owner);
}

/** Turns `dir` (at tree path `path`) into the lazily built big folder (also used when loading a state dump). */
export function makeBigFolder(dir: DirNode, path: string, owner: string): void {
  dir.children = null;
  dir.lazy = () => new Map(bigTemplate(path, owner));
  dir.sharedKey = `${path}\u0000${owner}`;
  dir.generator = { spec: { kind: 'big', path, owner }, version: dir.version };
}

/** Build the shared big-folder template ahead of the first listing (called at server start). */
export function warmUpBigFolder(): void {
  const tree = new VfsTree('warm-up', SEED_EPOCH);
  addBigFolder(tree, '/tutorial/ep1' + PATHS.big, 'admin');
  const dir = tree.dir('/tutorial/ep1' + PATHS.big);
  docsJson(tree, dir, sortedDocs(tree, dir));
}

/** A small personal home: a few files and one folder with an awkward name. */
export function populateHome(tree: VfsTree, home: string, user: string): void {
  addDir(tree, home, user, '0700');
  addFile(tree, joinPath(home, 'notes.txt'), 1200, 2, user, '0600');
  addFile(tree, joinPath(home, '.bashrc'), 3771, 40, user);
  addDir(tree, joinPath(home, 'results'), user);
  addFile(tree, joinPath(home, 'results/run-1.csv'), 52_000, 6, user);
  addFile(tree, joinPath(home, 'results/run-2.csv'), 61_440, 5, user);
  addDir(tree, joinPath(home, 'Ωmega data #1 ü'), user);
  addFile(tree, joinPath(home, 'Ωmega data #1 ü/sample ü.txt'), 77, 3, user);
  addDir(tree, joinPath(home, 'empty'), user);
}
