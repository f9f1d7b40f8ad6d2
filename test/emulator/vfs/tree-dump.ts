/**
 * Storage trees as JSON for the state dump and back (the dump format is the emulator's own,
 * provisional). Files keep their content seed or their bytes (base64); generated folders
 * that were not changed since generation are named by their generator, not listed.
 */
import { contentBytes } from './content';
import { makeGeneratedFolder } from './generated';
import { childrenOf, newDir, type DirNode, type GeneratorSpec, type VfsNode, VfsTree } from './tree';

interface Meta {
  mtime: number;
  permissions: string;
  user: string;
  group: string;
}
export type NodeDump =
  | (Meta & { kind: 'file'; size: number; seed?: string; bytes?: string })
  | (Meta & { kind: 'symlink'; target: string })
  | (Meta & { kind: 'dir'; generator?: GeneratorSpec; children?: Record<string, NodeDump> });

export interface TreeDump {
  /** Space left under a quota (absent: unlimited). */
  freeBytes?: number;
  id: string;
  root: NodeDump;
}

const meta = (n: VfsNode): Meta => ({ mtime: n.mtime, permissions: n.permissions, user: n.user, group: n.group });

export function dumpNode(node: VfsNode): NodeDump {
  if (node.kind === 'file') {
    const c = node.content;
    return 'seed' in c
      ? { kind: 'file', ...meta(node), size: node.size, seed: c.seed }
      : {
          kind: 'file',
          ...meta(node),
          size: node.size,
          bytes: Buffer.from(contentBytes(c, node.size)).toString('base64'),
        };
  }
  if (node.kind === 'symlink') return { kind: 'symlink', ...meta(node), target: node.target };
  if (node.generator && node.generator.version === node.version)
    return { kind: 'dir', ...meta(node), generator: node.generator.spec };
  const children: Record<string, NodeDump> = {};
  for (const [name, child] of childrenOf(node)) children[name] = dumpNode(child);
  return { kind: 'dir', ...meta(node), children };
}

export function dumpTree(tree: VfsTree): TreeDump {
  return { id: tree.id, root: dumpNode(tree.root), ...(tree.freeBytes === null ? {} : { freeBytes: tree.freeBytes }) };
}

/**
 * Rebuilds a node. `big` turns a directory into the seeded big folder (that generator lives
 * with the seed data, so it is passed in rather than imported here).
 */
export function loadNode(d: NodeDump, big: (dir: DirNode, path: string, owner: string) => void): VfsNode {
  const m = { mtime: d.mtime, permissions: d.permissions, user: d.user, group: d.group };
  if (d.kind === 'file')
    return {
      kind: 'file',
      ...m,
      size: d.size,
      content:
        d.bytes !== undefined ? { bytes: new Uint8Array(Buffer.from(d.bytes, 'base64')) } : { seed: d.seed ?? '' },
    };
  if (d.kind === 'symlink') return { kind: 'symlink', ...m, target: d.target };
  const dir: DirNode = { ...newDir(d.mtime), ...m };
  if (d.generator?.kind === 'big') big(dir, d.generator.path, d.generator.owner);
  else if (d.generator?.kind === 'files') {
    makeGeneratedFolder(dir, d.generator);
    dir.version = 0;
    dir.generator!.version = 0;
  } else for (const [name, child] of Object.entries(d.children ?? {})) dir.children!.set(name, loadNode(child, big));
  dir.mtime = d.mtime;
  return dir;
}

export function loadTree(d: TreeDump, big: (dir: DirNode, path: string, owner: string) => void): VfsTree {
  const tree = new VfsTree(d.id, d.root.mtime);
  const root = loadNode(d.root, big) as DirNode;
  const kids = childrenOf(root);
  const target = childrenOf(tree.root);
  for (const [name, child] of kids) target.set(name, child);
  Object.assign(tree.root, { mtime: root.mtime, permissions: root.permissions, user: root.user, group: root.group });
  tree.freeBytes = d.freeBytes ?? null;
  return tree;
}
