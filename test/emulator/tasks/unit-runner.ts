/**
 * Running one work unit as the task's owner: pre-checks (source readable, destination
 * writable, sync level), skip / retry / fatal decisions, then the effect on the trees.
 */
import type { Emu } from '../core/context';
import type { World } from '../core/world';
import { resolveCollectionPath } from '../transfer/collection-access';
import { dirEntries } from '../vfs/tree';
import { parentPath, baseName } from '../vfs/paths';
import type { EngineSettings } from './engine';
import { FilterMatcher } from './filter-rules';
import { needsCopy } from './sync-rules';
import { addEvent, addFileEvent, fail, recordSuccess } from './task-lifecycle';
import { injectedFault, quotaExceeded, retry, sourceError } from './unit-faults';
import type { Task } from './task-model';
import { canRead, canWrite, ownerCaller, sideAccess, type SideAccess } from './task-checks';
import { deletePlan, side, transferPlan, type PlanContext, type WorkUnit } from './work-plan';

/** Units counted ahead when a task starts, so `files` / `subtasks_total` are known early. */
const PRESCAN_CAP = 100_000;

function planFor(emu: Emu, t: Task): Generator<WorkUnit> {
  const world = emu.world;
  const caller = ownerCaller(world, t);
  const src = world.collection(t.sourceId)!;
  const dst = t.destinationId ? world.collection(t.destinationId)! : null;
  const ctx: PlanContext = {
    world,
    source: side(world, src),
    destination: dst ? side(world, dst) : null,
    resolve: (col, raw) => resolveCollectionPath(world, col, caller, raw).path,
  };
  return t.type === 'TRANSFER'
    ? transferPlan(ctx, t.items as never, t.transfer!)
    : deletePlan(ctx, t.items as string[], t.del!);
}

export function startPlan(emu: Emu, t: Task): void {
  const scan = planFor(emu, t);
  let n = 0;
  for (let r = scan.next(); !r.done && n < PRESCAN_CAP; r = scan.next()) {
    if (count(t, r.value)) n++;
  }
  t.planned = n;
  t.plan = planFor(emu, t);
}

/**
 * A fresh plan positioned after the units already fetched (loading a state dump): the walk is
 * lazy and deterministic over the restored trees, so skipping `unitsDone` units finds the place.
 */
export function resumePlan(emu: Emu, t: Task): void {
  const plan = planFor(emu, t);
  for (let n = 0; n < t.unitsDone;) {
    const r = plan.next();
    if (r.done) break;
    if (r.value.op !== 'prune') n++;
  }
  t.plan = plan;
}

/** Adds a unit to files/directories/symlinks/subtasks_total; false for units that are not subtasks. */
function count(t: Task, u: WorkUnit): boolean {
  const c = t.counters;
  if (u.op === 'prune') return false;
  if (u.op === 'mkdir') c.directories++;
  else if (u.op === 'symlink') c.symlinks++;
  else if (u.op === 'delete') {
    c.files += u.files;
    c.directories += u.dirs;
  } else if (u.op === 'missing' && u.isDir) c.directories++;
  else c.files++;
  c.subtasksTotal++;
  return true;
}

/** Called for each fetched unit: counts it when the pre-scan did not. */
export function tally(t: Task, u: WorkUnit): void {
  if (u.op === 'prune') return;
  if (t.unitsDone >= t.planned) count(t, u);
  t.unitsDone++;
}

export function unitCost(s: EngineSettings, u: WorkUnit): number {
  const per = 1 / s.filesPerSecond;
  if (u.op === 'file') return per + u.size / s.bandwidthBytesPerSecond;
  if (u.op === 'delete') return per * (1 + u.files + u.dirs);
  return per;
}

function sides(world: World, t: Task): { src: SideAccess; dst: SideAccess | null } {
  const caller = ownerCaller(world, t);
  const src = sideAccess(world, world.collection(t.sourceId)!, caller);
  const dst = t.destinationId ? sideAccess(world, world.collection(t.destinationId)!, caller) : null;
  return { src, dst };
}

/** 'go' to spend the unit's time and apply it; 'done' when settled without copying; 'retry' to wait. */
export function precheck(emu: Emu, t: Task, u: WorkUnit): 'go' | 'done' | 'retry' {
  const world = emu.world;
  if (t.skipPrefix && 'src' in u && u.src.startsWith(t.skipPrefix)) {
    t.counters.subtasksTotal--;
    if (u.op === 'file') t.counters.files--;
    if (u.op === 'mkdir') t.counters.directories--;
    return 'done';
  }
  const { src, dst } = sides(world, t);
  if (u.op !== 'prune' && u.op !== 'missing' && injectedFault(world, t, u)) return 'retry';
  switch (u.op) {
    case 'missing':
      if (u.code === 'NOT_RECURSIVE') {
        fail(
          t,
          t.simTime,
          'NOT_RECURSIVE',
          'directory needs recursive',
          `${u.src} is a directory; submit it with recursive: true`,
        );
        return 'done';
      }
      if (t.type === 'DELETE') {
        t.counters.subtasksFailed++;
        fail(t, t.simTime, 'FILE_NOT_FOUND', 'file not found', `No such file or directory: ${u.src}`);
        return 'done';
      }
      return sourceError(emu, t, 'FILE_NOT_FOUND', u.src, u.dst, false);
    case 'mkdir': {
      const node = src.tree.tryStat(src.tp(u.src), true);
      if (!node) return sourceError(emu, t, 'FILE_NOT_FOUND', u.src, u.dst, true);
      if (!canRead(world, src, u.src, node)) return sourceError(emu, t, 'PERMISSION_DENIED', u.src, u.dst, true);
      if (dst!.tree.tryStat(dst!.tp(u.dst), true)?.kind === 'dir') return 'go';
      return canWrite(world, dst!, u.dst) ? 'go' : retry(t, 'PERMISSION_DENIED', u.dst);
    }
    case 'file': {
      const node = src.tree.tryStat(src.tp(u.src), true);
      if (!node || node.kind !== 'file') return sourceError(emu, t, 'FILE_NOT_FOUND', u.src, u.dst, false);
      if (!canRead(world, src, u.src, node)) return sourceError(emu, t, 'PERMISSION_DENIED', u.src, u.dst, false);
      if (!needsCopy(t.transfer!.syncLevel, node, dst!.tree.tryStat(dst!.tp(u.dst), true))) {
        t.counters.filesSkipped++;
        t.counters.subtasksSucceeded++;
        return 'done';
      }
      if (!canWrite(world, dst!, u.dst)) return retry(t, 'PERMISSION_DENIED', u.dst);
      if (!dst!.tree.fits(dst!.tp(u.dst), node.size)) return quotaExceeded(t, u.dst);
      return 'go';
    }
    case 'symlink':
    case 'prune':
      return canWrite(world, dst!, u.dst) ? 'go' : retry(t, 'PERMISSION_DENIED', u.dst);
    case 'delete':
      return canWrite(world, src, u.path) ? 'go' : retry(t, 'PERMISSION_DENIED', u.path);
  }
}

export function applyUnit(emu: Emu, t: Task, u: WorkUnit, bytesDone: number): void {
  const world = emu.world;
  const now = Math.floor(t.simTime);
  const { src, dst } = sides(world, t);
  const c = t.counters;
  switch (u.op) {
    case 'mkdir': {
      const dir = dst!.tree.mkdirs(dst!.tp(u.dst), { mtime: now, user: dst!.localUser });
      const srcNode = src.tree.tryStat(src.tp(u.src), true);
      if (t.transfer!.preserveTimestamp && srcNode) dir.mtime = srcNode.mtime;
      c.subtasksSucceeded++;
      return;
    }
    case 'file': {
      const node = src.tree.tryStat(src.tp(u.src), true);
      if (!node || node.kind !== 'file') {
        sourceError(emu, t, 'FILE_NOT_FOUND', u.src, u.dst, false);
        return;
      }
      const dtp = dst!.tp(u.dst);
      dst!.tree.mkdirs(parentPath(dtp), { mtime: now, user: dst!.localUser });
      if (dst!.tree.tryStat(dtp)?.kind === 'symlink') dst!.tree.remove(dtp, { mtime: now });
      dst!.tree.writeFile(dtp, {
        size: node.size,
        content: node.content,
        mtime: t.transfer!.preserveTimestamp ? node.mtime : now,
        user: dst!.localUser,
        permissions: node.permissions,
        ignoreQuota: true,
      });
      c.bytesTransferred += node.size - bytesDone;
      if (t.transfer!.verifyChecksum) c.bytesChecksummed += node.size;
      c.filesTransferred++;
      c.subtasksSucceeded++;
      recordSuccess(t, u.src, u.dst);
      const checksum = t.transfer!.verifyChecksum ? { checksum_verified: true } : {};
      addFileEvent(
        t,
        emu.engine.fileEventLimit,
        'FILE_TRANSFERRED',
        'file transferred',
        { source_path: u.src, destination_path: u.dst, size: node.size, ...checksum },
        false,
        t.simTime,
      );
      return;
    }
    case 'symlink': {
      const dtp = dst!.tp(u.dst);
      dst!.tree.mkdirs(parentPath(dtp), { mtime: now, user: dst!.localUser });
      const existing = dst!.tree.tryStat(dtp);
      if (existing && existing.kind !== 'dir') dst!.tree.remove(dtp, { mtime: now });
      if (!existing || existing.kind !== 'dir') dst!.tree.symlink(dtp, u.target, now, { user: dst!.localUser });
      c.subtasksSucceeded++;
      return;
    }
    case 'prune': {
      const srcDir = src.tree.tryStat(src.tp(u.src), true);
      const dstDir = dst!.tree.tryStat(dst!.tp(u.dst), true);
      if (srcDir?.kind !== 'dir' || dstDir?.kind !== 'dir') return;
      const keep = new Set<string>();
      for (const [name] of dirEntries(srcDir)) keep.add(name);
      const matcher = new FilterMatcher(t.transfer!.filterRules);
      for (const [name, node] of [...dirEntries(dstDir)]) {
        if (keep.has(name) || !matcher.included(name, node.kind === 'dir')) continue;
        dst!.tree.remove(dst!.tp(u.dst + '/' + name), { recursive: true, mtime: now });
        addEvent(
          t,
          'DELETE_DESTINATION_EXTRA',
          'deleted destination extra',
          `Deleted ${u.dst.replace(/\/$/, '')}/${baseName(name)}`,
          false,
          t.simTime,
        );
      }
      return;
    }
    case 'delete': {
      if (src.tree.tryStat(src.tp(u.path))) src.tree.remove(src.tp(u.path), { recursive: true, mtime: now });
      c.subtasksSucceeded++;
      addFileEvent(
        t,
        emu.engine.fileEventLimit,
        'FILE_DELETED',
        'file deleted',
        { path: u.path, files: u.files, directories: u.dirs },
        false,
        t.simTime,
      );
      return;
    }
    case 'missing':
      return;
  }
}
