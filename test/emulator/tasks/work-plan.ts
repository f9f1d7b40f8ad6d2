/**
 * The lazy work plan of a task: a generator of units (mkdir, file copy, symlink, prune of
 * destination extras, delete, missing source) produced while walking the source tree. Only
 * the walk's own stack is held, never a per-file list, so million-file folders cost O(depth).
 */
import type { Collection, World } from '../core/world';
import { globToRegExp, FilterMatcher } from './filter-rules';
import { joinPath, parentPath, baseName } from '../vfs/paths';
import { dirEntries, dirSize, type DirNode, type VfsNode, type VfsTree } from '../vfs/tree';
import type { DeleteOptions, TransferItem, TransferOptions } from './task-model';

interface Side {
  col: Collection;
  tree: VfsTree;
  /** Collection path -> tree path. */
  tp(collPath: string): string;
}

export type WorkUnit =
  | { op: 'mkdir'; src: string; dst: string }
  | { op: 'file'; src: string; dst: string; size: number }
  | { op: 'symlink'; src: string; dst: string; target: string }
  | { op: 'prune'; src: string; dst: string }
  | { op: 'missing'; src: string; dst: string | null; isDir: boolean; code: 'FILE_NOT_FOUND' | 'NOT_RECURSIVE' }
  | { op: 'delete'; path: string; isDir: boolean; files: number; dirs: number };

export interface PlanContext {
  world: World;
  source: Side;
  destination: Side | null;
  /** Resolves a submitted path (`~` expanded) on a side's collection. */
  resolve(col: Collection, raw: string): string;
}

export function side(world: World, col: Collection): Side {
  return { col, tree: world.storage(col), tp: (p) => world.treePath(col, p) };
}

export function* transferPlan(ctx: PlanContext, items: TransferItem[], opts: TransferOptions): Generator<WorkUnit> {
  const matcher = new FilterMatcher(opts.filterRules);
  const src = ctx.source;
  for (const item of items) {
    const s = ctx.resolve(src.col, item.sourcePath);
    const d = ctx.resolve(ctx.destination!.col, item.destinationPath);
    if (item.kind === 'symlink') {
      const link = src.tree.tryStat(src.tp(s));
      if (link?.kind === 'symlink') yield { op: 'symlink', src: s, dst: d, target: link.target };
      else yield { op: 'missing', src: s, dst: d, isDir: false, code: 'FILE_NOT_FOUND' };
      continue;
    }
    const node = src.tree.tryStat(src.tp(s), true);
    if (!node) yield { op: 'missing', src: s, dst: d, isDir: false, code: 'FILE_NOT_FOUND' };
    else if (node.kind === 'dir' && !item.recursive)
      yield { op: 'missing', src: s, dst: d, isDir: true, code: 'NOT_RECURSIVE' };
    else if (node.kind === 'dir') yield* walkDir(src, s, d, node, matcher, opts);
    else if (node.kind === 'file') yield { op: 'file', src: s, dst: d, size: node.size };
  }
}

function* walkDir(
  src: Side,
  s: string,
  d: string,
  dir: DirNode,
  matcher: FilterMatcher,
  opts: TransferOptions,
): Generator<WorkUnit> {
  yield { op: 'mkdir', src: s, dst: d };
  for (const [name, child] of dirEntries(dir)) {
    let node: VfsNode | undefined = child;
    const cs = joinPath(s, name);
    const cd = joinPath(d, name);
    if (node.kind === 'symlink') {
      if (opts.recursiveSymlinks === 'ignore') continue;
      if (opts.recursiveSymlinks === 'keep') {
        if (matcher.included(name, false)) yield { op: 'symlink', src: cs, dst: cd, target: node.target };
        continue;
      }
      node = src.tree.tryStat(src.tp(cs), true);
      if (!node) continue;
    }
    if (!matcher.included(name, node.kind === 'dir')) continue;
    if (node.kind === 'dir') yield* walkDir(src, cs, cd, node, matcher, opts);
    else if (node.kind === 'file') yield { op: 'file', src: cs, dst: cd, size: node.size };
  }
  if (opts.deleteDestinationExtra) yield { op: 'prune', src: s, dst: d };
}

/** Files and directories under a node (generated folders counted without being built), capped. */
export function countTree(node: VfsNode, cap = 200_000): { files: number; dirs: number } {
  const out = { files: 0, dirs: 0 };
  const visit = (n: VfsNode): void => {
    if (out.files + out.dirs > cap) return;
    if (n.kind !== 'dir') {
      out.files++;
      return;
    }
    out.dirs++;
    if (n.children === null && n.generate) {
      out.files += dirSize(n);
      return;
    }
    for (const [, child] of dirEntries(n)) visit(child);
  };
  visit(node);
  return out;
}

function hasGlob(name: string): boolean {
  return /(^|[^\\])[*?[]/.test(name);
}

export function* deletePlan(ctx: PlanContext, paths: string[], opts: DeleteOptions): Generator<WorkUnit> {
  const src = ctx.source;
  for (const raw of paths) {
    const p = ctx.resolve(src.col, raw);
    const targets: string[] = [];
    if (opts.interpretGlobs && hasGlob(baseName(p))) {
      const re = globToRegExp(baseName(p));
      const parent = src.tree.tryStat(src.tp(parentPath(p)), true);
      if (parent?.kind === 'dir')
        for (const [name] of dirEntries(parent)) if (re.test(name)) targets.push(joinPath(parentPath(p), name));
    } else targets.push(opts.interpretGlobs ? p.replace(/\\([*?[\]\\])/g, '$1') : p);
    if (targets.length === 0 && !opts.ignoreMissing)
      yield { op: 'missing', src: p, dst: null, isDir: false, code: 'FILE_NOT_FOUND' };
    for (const t of targets) {
      const node = src.tree.tryStat(src.tp(t));
      if (!node) {
        if (!opts.ignoreMissing) yield { op: 'missing', src: t, dst: null, isDir: false, code: 'FILE_NOT_FOUND' };
        continue;
      }
      if (node.kind === 'dir' && !opts.recursive) {
        yield { op: 'missing', src: t, dst: null, isDir: true, code: 'NOT_RECURSIVE' };
        continue;
      }
      const n = countTree(node);
      yield { op: 'delete', path: t, isDir: node.kind === 'dir', files: n.files, dirs: n.dirs };
    }
  }
}
