/**
 * In-memory storage tree (one per storage system; several collections may view the
 * same tree through different roots, e.g. a guest collection over its host's path).
 *
 * Interface used by the Transfer routes and by the task engine:
 *   const tree = new VfsTree('posix', clock.now());
 *   tree.stat(path)                        -> VfsNode (throws VfsError ENOENT/ENOTDIR)
 *   tree.list(path)                        -> [name, node][] sorted by name (throws ENOTDIR)
 *   tree.mkdir(path, {mtime, user})        -> parent must exist (EEXIST / ENOENT)
 *   tree.writeFile(path, {size, content, mtime, user})  -> creates or replaces a file
 *   tree.rename(oldPath, newPath, mtime)   -> moves a node (parent of newPath must exist)
 *   tree.remove(path, {recursive})         -> deletes a file/symlink or (recursive) dir
 *   tree.symlink(path, target, mtime)
 *   tree.walk(path)                        -> yields {path, node} depth-first (dirs before contents)
 * Paths are absolute tree paths (normalised here); collections map their own paths to
 * tree paths before calling in (see transfer/collection-paths.ts).
 */
import type { ContentSource } from './content';
import { baseName, normalizePath, parentPath, segments, joinPath } from './paths';
import {
  childOf,
  childrenOf,
  dirEntries,
  newDir,
  newFile,
  VfsError,
  type DirNode,
  type FileNode,
  type Owner,
  type SymlinkNode,
  type VfsNode,
} from './nodes';

// The tree's nodes are part of its interface: importers of the tree get them here too.
export * from './nodes';

export class VfsTree {
  readonly root: DirNode;
  /** Space left under the storage's quota; null = unlimited (the default). Writes use it up, removals give it back. */
  freeBytes: number | null = null;
  constructor(
    readonly id: string,
    mtime: number,
  ) {
    this.root = newDir(mtime);
  }

  /** Node at path, following symlinks in intermediate segments (and the last one when asked). */
  stat(path: string, followLast = false): VfsNode {
    const segs = segments(path);
    let node: VfsNode = this.root;
    let walked = '/';
    for (let i = 0; i < segs.length; i++) {
      if (node.kind === 'symlink') node = this.stat(node.target, true);
      if (node.kind !== 'dir') throw new VfsError('ENOTDIR', walked);
      const next = childOf(node, segs[i]!);
      walked = joinPath(walked, segs[i]!);
      if (!next) throw new VfsError('ENOENT', walked);
      node = next;
    }
    if (followLast && node.kind === 'symlink') return this.stat(node.target, true);
    return node;
  }

  tryStat(path: string, followLast = false): VfsNode | undefined {
    try {
      return this.stat(path, followLast);
    } catch (e) {
      if (e instanceof VfsError) return undefined;
      throw e;
    }
  }

  dir(path: string): DirNode {
    const node = this.stat(path, true);
    if (node.kind !== 'dir') throw new VfsError('ENOTDIR', normalizePath(path));
    return node;
  }

  list(path: string): [string, VfsNode][] {
    return [...childrenOf(this.dir(path)).entries()];
  }

  private parentFor(path: string): { dir: DirNode; name: string } {
    const norm = normalizePath(path);
    if (norm === '/') throw new VfsError('EEXIST', '/');
    const parent = this.stat(parentPath(norm), true);
    if (parent.kind !== 'dir') throw new VfsError('ENOTDIR', parentPath(norm));
    return { dir: parent, name: baseName(norm) };
  }

  private put(dir: DirNode, name: string, node: VfsNode, mtime: number): void {
    childrenOf(dir).set(name, node);
    dir.version++;
    dir.mtime = mtime;
  }

  mkdir(path: string, opts: { mtime: number } & Owner): DirNode {
    const { dir, name } = this.parentFor(path);
    if (childrenOf(dir).has(name)) throw new VfsError('EEXIST', normalizePath(path));
    const node = newDir(opts.mtime, opts);
    this.put(dir, name, node, opts.mtime);
    return node;
  }

  /** mkdir -p; returns the final directory. */
  mkdirs(path: string, opts: { mtime: number } & Owner): DirNode {
    let cur = this.root;
    for (const seg of segments(path)) {
      const kids = childrenOf(cur);
      let next = kids.get(seg);
      if (!next) {
        next = newDir(opts.mtime, opts);
        this.put(cur, seg, next, opts.mtime);
      }
      if (next.kind !== 'dir') throw new VfsError('ENOTDIR', seg);
      cur = next;
    }
    return cur;
  }

  /** Whether writing `size` bytes at `path` (replacing what is there) stays within the quota. */
  fits(path: string, size: number): boolean {
    if (this.freeBytes === null) return true;
    return growth(this.tryStat(path), size) <= this.freeBytes;
  }

  /** `ignoreQuota`: the caller checked `fits` earlier (a transfer checks before it spends the file's time). */
  writeFile(
    path: string,
    opts: { size: number; content: ContentSource; mtime: number; permissions?: string; ignoreQuota?: boolean } & Owner,
  ): FileNode {
    const { dir, name } = this.parentFor(path);
    const existing = childrenOf(dir).get(name);
    if (existing?.kind === 'dir') throw new VfsError('EISDIR', normalizePath(path));
    if (this.freeBytes !== null) {
      const grows = growth(existing, opts.size);
      if (grows > this.freeBytes && !opts.ignoreQuota) throw new VfsError('EDQUOT', normalizePath(path));
      this.freeBytes = Math.max(0, this.freeBytes - grows);
    }
    const node = newFile(opts.size, opts.content, opts.mtime, opts, opts.permissions);
    this.put(dir, name, node, opts.mtime);
    return node;
  }

  symlink(path: string, target: string, mtime: number, owner: Owner = {}): SymlinkNode {
    const { dir, name } = this.parentFor(path);
    if (childrenOf(dir).has(name)) throw new VfsError('EEXIST', normalizePath(path));
    const node: SymlinkNode = {
      kind: 'symlink',
      target,
      mtime,
      permissions: '0777',
      user: owner.user ?? 'root',
      group: owner.group ?? owner.user ?? 'root',
    };
    this.put(dir, name, node, mtime);
    return node;
  }

  rename(oldPath: string, newPath: string, mtime: number): void {
    const from = this.parentFor(oldPath);
    const node = childrenOf(from.dir).get(from.name);
    if (!node) throw new VfsError('ENOENT', normalizePath(oldPath));
    const to = this.parentFor(newPath);
    if (node.kind === 'dir' && (normalizePath(newPath) + '/').startsWith(normalizePath(oldPath) + '/'))
      throw new VfsError('EINVAL', normalizePath(newPath));
    if (childrenOf(to.dir).has(to.name)) throw new VfsError('EEXIST', normalizePath(newPath));
    childrenOf(from.dir).delete(from.name);
    from.dir.version++;
    from.dir.mtime = mtime;
    this.put(to.dir, to.name, node, mtime);
  }

  remove(path: string, opts: { recursive?: boolean; mtime: number }): void {
    const { dir, name } = this.parentFor(path);
    const node = childrenOf(dir).get(name);
    if (!node) throw new VfsError('ENOENT', normalizePath(path));
    if (node.kind === 'dir' && !opts.recursive && childrenOf(node).size > 0)
      throw new VfsError('EISDIR', normalizePath(path));
    if (this.freeBytes !== null) this.freeBytes += bytesUnder(node);
    childrenOf(dir).delete(name);
    dir.version++;
    dir.mtime = opts.mtime;
  }

  /** Depth-first walk (a directory is yielded before its contents; symlinks are not followed). */
  *walk(path: string): Generator<{ path: string; node: VfsNode }> {
    const start = normalizePath(path);
    const node = this.stat(start);
    yield { path: start, node };
    if (node.kind !== 'dir') return;
    for (const [name, child] of childrenOf(node)) yield* this.walkFrom(joinPath(start, name), child);
  }

  private *walkFrom(path: string, node: VfsNode): Generator<{ path: string; node: VfsNode }> {
    yield { path, node };
    if (node.kind === 'dir')
      for (const [name, child] of childrenOf(node)) yield* this.walkFrom(joinPath(path, name), child);
  }
}

/** Bytes a write of `size` adds over what it replaces. */
const growth = (existing: VfsNode | undefined, size: number) => size - (existing?.kind === 'file' ? existing.size : 0);

function bytesUnder(node: VfsNode): number {
  if (node.kind === 'file') return node.size;
  if (node.kind !== 'dir') return 0;
  let n = 0;
  for (const [, child] of dirEntries(node)) n += bytesUnder(child);
  return n;
}
