/**
 * The storage tree's nodes (files, folders with their children or a generator for them, symlinks), their
 * constructors and the reads that need no tree around them. VfsTree (tree.ts) works with these.
 */
import type { ContentSource } from './content';

interface NodeBase {
  mtime: number; // epoch seconds
  permissions: string; // octal string, e.g. "0755"
  user: string;
  group: string;
}
export interface FileNode extends NodeBase {
  kind: 'file';
  size: number;
  content: ContentSource;
}
export interface DirNode extends NodeBase {
  kind: 'dir';
  size: number;
  /** null until a lazy directory is first opened. */
  children: Map<string, VfsNode> | null;
  lazy?: () => Map<string, VfsNode>;
  /** Bumped on every change of the children map; listing caches key on it. */
  version: number;
  /** Set on generated folders whose unmodified (version 0) listing is shared across worlds. */
  sharedKey?: string;
  /**
   * Entries made on demand by index (huge seeded folders). The task engine walks these
   * without building the children map (see `dirEntries`); anything else materialises them.
   */
  generate?: { count: number; entry(i: number): [string, VfsNode]; find(name: string): VfsNode | undefined };
  /**
   * How a generated folder was made, and the version it had then: while the version is
   * unchanged a state dump names the generator instead of listing its entries.
   */
  generator?: { spec: GeneratorSpec; version: number };
}

/** Parameters of a generated folder (seeded big folder, or `POST /__emulator/storage/generate`). */
export type GeneratorSpec =
  | { kind: 'big'; path: string; owner: string }
  | { kind: 'files'; path: string; count: number; size: number; mtime: number };
export interface SymlinkNode extends NodeBase {
  kind: 'symlink';
  target: string;
}
export type VfsNode = FileNode | DirNode | SymlinkNode;

export type VfsErrorCode = 'ENOENT' | 'ENOTDIR' | 'EEXIST' | 'EISDIR' | 'EINVAL' | 'EDQUOT';
export class VfsError extends Error {
  constructor(
    readonly code: VfsErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

export interface Owner {
  user?: string;
  group?: string;
}

export function newDir(mtime: number, owner: Owner = {}, permissions = '0755'): DirNode {
  return {
    kind: 'dir',
    size: 4096,
    children: new Map(),
    version: 0,
    mtime,
    permissions,
    user: owner.user ?? 'root',
    group: owner.group ?? owner.user ?? 'root',
  };
}

export function newFile(
  size: number,
  content: ContentSource,
  mtime: number,
  owner: Owner = {},
  permissions = '0644',
): FileNode {
  return {
    kind: 'file',
    size,
    content,
    mtime,
    permissions,
    user: owner.user ?? 'root',
    group: owner.group ?? owner.user ?? 'root',
  };
}

export function childrenOf(dir: DirNode): Map<string, VfsNode> {
  if (dir.children === null) {
    if (dir.generate) {
      const m = new Map<string, VfsNode>();
      for (let i = 0; i < dir.generate.count; i++) m.set(...dir.generate.entry(i));
      dir.children = m;
    } else dir.children = dir.lazy ? dir.lazy() : new Map();
    delete dir.lazy;
    delete dir.generate;
  }
  return dir.children;
}

/** Entries of a directory without materialising a generated one (memory stays flat for huge folders). */
export function* dirEntries(dir: DirNode): Generator<[string, VfsNode]> {
  if (dir.children === null && dir.generate) {
    const gen = dir.generate;
    for (let i = 0; i < gen.count; i++) yield gen.entry(i);
    return;
  }
  yield* childrenOf(dir);
}

/** One entry by name (a generated directory answers without being built). */
export function childOf(dir: DirNode, name: string): VfsNode | undefined {
  return dir.children === null && dir.generate ? dir.generate.find(name) : childrenOf(dir).get(name);
}

/** Entry count without materialising a generated directory. */
export function dirSize(dir: DirNode): number {
  return dir.children === null && dir.generate ? dir.generate.count : childrenOf(dir).size;
}
