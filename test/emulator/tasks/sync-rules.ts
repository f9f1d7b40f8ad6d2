/**
 * sync_level (docs/protocol/tasks.md#sync-levels): null = always copy; 0 = copy when the destination is missing;
 * 1 = also when sizes differ; 2 = also when the source is newer; 3 = also when checksums differ.
 * Levels are cumulative, as the CLI's help describes them.
 */
import type { VfsNode } from '../vfs/tree';

export type SyncLevel = 0 | 1 | 2 | 3 | null;

/** Checksum stand-in: seeded contents are a pure function of (content source, size). */
export function contentKey(node: VfsNode): string {
  if (node.kind !== 'file') return node.kind;
  const src = node.content;
  return `${node.size}:${'seed' in src ? `s:${src.seed}` : `b:${Buffer.from(src.bytes).toString('base64')}`}`;
}

export function needsCopy(level: SyncLevel, src: VfsNode, dst: VfsNode | undefined): boolean {
  if (level === null || !dst || dst.kind !== src.kind) return true;
  if (src.kind !== 'file' || dst.kind !== 'file') return level === null;
  if (level >= 1 && src.size !== dst.size) return true;
  if (level >= 2 && src.mtime > dst.mtime) return true;
  if (level >= 3 && contentKey(src) !== contentKey(dst)) return true;
  return false;
}

export function parseSyncLevel(raw: unknown): SyncLevel | 'invalid' {
  if (raw === undefined || raw === null) return null;
  const n = typeof raw === 'string' && /^\d$/.test(raw) ? Number(raw) : raw;
  if (n === 0 || n === 1 || n === 2 || n === 3) return n;
  const names: Record<string, SyncLevel> = { exists: 0, size: 1, mtime: 2, checksum: 3 };
  return typeof raw === 'string' && raw in names ? names[raw]! : 'invalid';
}
