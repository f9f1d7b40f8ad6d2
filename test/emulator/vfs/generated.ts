/**
 * Generated folders of `count` files built on demand by index (`POST /__emulator/storage/generate`):
 * the engine walks them without building them, `ls` builds them. The folder remembers its
 * generator so a state dump can name it instead of listing every entry.
 */
import { joinPath } from './paths';
import type { DirNode, VfsNode } from './tree';

const fileName = (i: number) => `file-${String(i).padStart(7, '0')}.dat`;

export function makeGeneratedFolder(
  dir: DirNode,
  spec: { path: string; count: number; size: number; mtime: number },
): void {
  const { path, count, size, mtime } = spec;
  const node = (n: string): VfsNode => ({
    kind: 'file',
    size,
    content: { seed: joinPath(path, n) },
    mtime,
    permissions: '0644',
    user: 'root',
    group: 'root',
  });
  dir.children = null;
  dir.version++;
  dir.generate = {
    count,
    entry: (i): [string, VfsNode] => [fileName(i), node(fileName(i))],
    find: (n) => {
      const m = /^file-(\d{7})\.dat$/.exec(n);
      return m && Number(m[1]) < count ? node(n) : undefined;
    },
  };
  dir.generator = { spec: { kind: 'files', path, count, size, mtime }, version: dir.version };
}
