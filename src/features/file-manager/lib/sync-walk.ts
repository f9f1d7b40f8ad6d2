import type { FileEntry } from '@/lib/globus/transfer-types';
import { describeError } from '@/lib/globus/describe-error';
import { childPath } from '@/lib/paths/collection-path';
import { syncPreview, type SyncLevelValue } from '@/features/file-manager/lib/compare';

/** One folder of the compared tree: its listing on both sides (`dest` null: not at the destination). */
export type FolderPair = { rel: string; source: readonly FileEntry[]; dest: readonly FileEntry[] | null };

/**
 * How far a preview walks. A sync runs on Transfer's side over any tree; the preview lists folders
 * from the browser, one request each, so it stops at a size a person can still read through.
 */
export type WalkLimits = { maxDepth: number; maxFolders: number; maxEntries: number };
export const WALK_LIMITS: WalkLimits = { maxDepth: 10, maxFolders: 200, maxEntries: 20_000 };

export type WalkProgress = { folders: number; known: number; entries: number; current: string };
export type WalkCap = { kind: 'depth' | 'folders' | 'entries'; limit: number };

export type WalkResult = {
  pairs: FolderPair[];
  /** Sub-folders left out: past a limit, after a stop, or failed to list (with why). */
  skipped: { rel: string; why: string }[];
  cap: WalkCap | null;
  stopped: boolean;
};

const STOP = new Error('stopped');

type Lister = (path: string) => Promise<readonly FileEntry[]>;
type Queued = { rel: string; depth: number; source: string; dest: string | null };

/**
 * Lists the source folder and its sub-folders breadth first, each beside the destination folder of the
 * same relative path (a folder missing there is not asked for: all of it would be copied). The top folder's
 * failure is thrown; a sub-folder's is noted and the walk goes on.
 */
export async function walkSyncTree(opts: {
  source: string;
  dest: string;
  listSource: Lister;
  /** Resolves null when the folder does not exist at the destination. */
  listDest: (path: string) => Promise<readonly FileEntry[] | null>;
  signal: AbortSignal;
  onProgress: (p: WalkProgress) => void;
  limits?: WalkLimits;
}): Promise<WalkResult> {
  const limits = opts.limits ?? WALK_LIMITS;
  const result: WalkResult = { pairs: [], skipped: [], cap: null, stopped: false };
  const queue: Queued[] = [{ rel: '', depth: 0, source: opts.source, dest: opts.dest }];
  let entries = 0;
  let known = 1;
  const capAt = (kind: WalkCap['kind'], limit: number) => (result.cap ??= { kind, limit });
  // A stop does not wait for the listing under way (a big folder can take a while to list).
  const stopped = new Promise<never>((_, reject) => {
    if (opts.signal.aborted) reject(STOP);
    opts.signal.addEventListener('abort', () => reject(STOP), { once: true });
  });
  stopped.catch(() => {});

  for (let next = queue.shift(); next; next = queue.shift()) {
    if (opts.signal.aborted || result.cap?.kind === 'entries') {
      result.stopped = opts.signal.aborted;
      const why = result.stopped ? 'not listed before the stop' : 'over the limit';
      for (const q of [next, ...queue]) result.skipped.push({ rel: q.rel, why });
      break;
    }
    opts.onProgress({ folders: result.pairs.length, known, entries, current: next.rel });
    let source: readonly FileEntry[];
    let dest: readonly FileEntry[] | null;
    try {
      [source, dest] = await Promise.race([
        Promise.all([opts.listSource(next.source), next.dest === null ? null : opts.listDest(next.dest)]),
        stopped,
      ]);
    } catch (error) {
      if (error === STOP) {
        result.stopped = true;
        for (const q of [next, ...queue]) result.skipped.push({ rel: q.rel, why: 'not listed before the stop' });
        break;
      }
      if (next.depth === 0) throw error;
      result.skipped.push({ rel: next.rel, why: describeError(error).title });
      continue;
    }
    result.pairs.push({ rel: next.rel, source, dest });
    entries += source.length;
    if (entries > limits.maxEntries) capAt('entries', limits.maxEntries);

    const destDirs = new Set(dest?.filter((e) => e.type === 'dir').map((e) => e.name));
    for (const e of source) {
      if (e.type !== 'dir') continue;
      const rel = `${next.rel}${e.name}/`;
      if (next.depth + 1 > limits.maxDepth) {
        capAt('depth', limits.maxDepth);
        result.skipped.push({ rel, why: 'too deep' });
      } else if (known >= limits.maxFolders) {
        capAt('folders', limits.maxFolders);
        result.skipped.push({ rel, why: 'over the limit' });
      } else {
        known += 1;
        queue.push({
          rel,
          depth: next.depth + 1,
          source: childPath(next.source, e.name),
          dest: next.dest !== null && destDirs.has(e.name) ? childPath(next.dest, e.name) : null,
        });
      }
    }
  }
  opts.onProgress({ folders: result.pairs.length, known, entries, current: '' });
  return result;
}

export type PlannedCopy = { path: string; kind: 'new' | 'changed'; reason: string };
export type SyncPlan = { copies: PlannedCopy[]; upToDate: number };

/** The files a sync at this level would copy, by path relative to the compared folder. */
export function syncPlan(pairs: readonly FolderPair[], level: SyncLevelValue): SyncPlan {
  const copies: PlannedCopy[] = [];
  let upToDate = 0;
  for (const pair of pairs) {
    const files = pair.source.filter((e) => e.type !== 'dir');
    const decisions = syncPreview(files, pair.dest ?? [], level);
    const there = new Set(pair.dest?.map((e) => e.name));
    for (const d of decisions) {
      if (!d.copy) upToDate += 1;
      else copies.push({ path: pair.rel + d.name, kind: there.has(d.name) ? 'changed' : 'new', reason: d.reason });
    }
  }
  return { copies, upToDate };
}
