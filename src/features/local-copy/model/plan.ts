// What a copy will do, worked out before anything is written: the folders to create and the files to
// copy with their sizes, from a recursive listing of the source selection and of what the target already holds.
import type { LocalCopyItem } from '@/lib/events/local-copy-requested';
import { relativeFolderOf } from '@/features/local-copy/model/relative-path';
import { compareNamesFor } from '@/lib/globus/listing/name-order';

export type TreeEntry = { name: string; type: 'dir' | 'file'; size: number };

/** One side of a copy, listed folder by folder; `rel` is '' for the base folder, else 'a/b'. Null: no such folder. */
export interface TreeSource {
  list(rel: string, signal?: AbortSignal): Promise<TreeEntry[] | null>;
}

export type PlannedEntry = { rel: string; kind: 'dir' | 'file'; size: number };

export type CopyPlan = {
  folders: PlannedEntry[];
  files: PlannedEntry[];
  /** Of `files`, those the target already holds with exactly the same size. */
  existingSameSize: number;
  /** Of `files`, those the target holds with another size (overwritten either way). */
  existingOtherSize: number;
  totalBytes: number;
};

const join = (rel: string, name: string) => (rel ? `${rel}/${name}` : name);

/**
 * Every folder and file under the selected items, parents before children, each folder's entries in the
 * file manager's name order (a local folder lists in no particular order: the copy then goes in the order
 * the user sees). `onProgress` hears the running count, so a long walk shows it is alive.
 */
export async function walkSelection(
  source: TreeSource,
  items: readonly LocalCopyItem[],
  opts: { signal?: AbortSignal; onProgress?: (found: number) => void } = {},
): Promise<PlannedEntry[]> {
  const out: PlannedEntry[] = [];
  const pending: string[] = [];
  const compare = compareNamesFor();
  for (const item of items) {
    out.push({ rel: item.name, kind: item.type, size: item.type === 'file' ? item.size : 0 });
    if (item.type === 'dir') pending.push(item.name);
  }
  // Breadth first: a folder is always listed (and so created) before anything inside it.
  while (pending.length) {
    opts.signal?.throwIfAborted();
    const rel = pending.shift()!;
    const entries = [...((await source.list(rel, opts.signal)) ?? [])].sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) {
      const child = join(rel, entry.name);
      out.push({ rel: child, kind: entry.type, size: entry.type === 'file' ? entry.size : 0 });
      if (entry.type === 'dir') pending.push(child);
    }
    opts.onProgress?.(out.length);
  }
  return out;
}

/** Sizes of the files the target already holds among `wanted`, listing only the folders that matter. */
export async function existingFiles(
  target: TreeSource,
  wanted: readonly PlannedEntry[],
  signal?: AbortSignal,
): Promise<Map<string, number>> {
  const folders = new Set<string>();
  for (const e of wanted) if (e.kind === 'file') folders.add(relativeFolderOf(e.rel));
  const sizes = new Map<string, number>();
  for (const folder of folders) {
    signal?.throwIfAborted();
    const listed = await target.list(folder, signal);
    for (const entry of listed ?? []) if (entry.type === 'file') sizes.set(join(folder, entry.name), entry.size);
  }
  return sizes;
}

export function buildPlan(source: readonly PlannedEntry[], existing: ReadonlyMap<string, number>): CopyPlan {
  const folders = source.filter((e) => e.kind === 'dir');
  const files = source.filter((e) => e.kind === 'file');
  let existingSameSize = 0;
  let existingOtherSize = 0;
  for (const f of files) {
    const there = existing.get(f.rel);
    if (there === undefined) continue;
    // Exactly the same size counts as the same file: without checksums, size is all an HTTPS copy can compare.
    if (there === f.size) existingSameSize += 1;
    else existingOtherSize += 1;
  }
  return { folders, files, existingSameSize, existingOtherSize, totalBytes: files.reduce((n, f) => n + f.size, 0) };
}

/** The files to copy with the chosen option: all of them, or those the target lacks at the same size. */
export function filesToCopy(plan: CopyPlan, existing: ReadonlyMap<string, number>, skipExisting: boolean) {
  if (!skipExisting) return { files: plan.files, skipped: 0 };
  const files = plan.files.filter((f) => existing.get(f.rel) !== f.size);
  return { files, skipped: plan.files.length - files.length };
}
