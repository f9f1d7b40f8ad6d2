/**
 * `source_base_path` / `destination_base_path`, recorded when a submission sets `store_base_path_info`
 * (docs/protocol/tasks.md#base-paths). What Transfer stores for several items is not captured anywhere [?]; the
 * emulator keeps the one item's own path, or for several items the deepest folder holding them all.
 */
import type { BasePaths, TransferItem } from './task-model';

function commonFolder(paths: string[]): string {
  if (paths.length === 1) return paths[0]!;
  const split = paths.map((p) => p.split('/'));
  // Compare folder segments only: the last segment of each path is the item itself.
  const folders = split.map((parts) => parts.slice(0, parts[parts.length - 1] === '' ? -2 : -1));
  const shortest = Math.min(...folders.map((f) => f.length));
  const common: string[] = [];
  for (let i = 0; i < shortest; i++) {
    const seg = folders[0]![i]!;
    if (folders.some((f) => f[i] !== seg)) break;
    common.push(seg);
  }
  return `${common.join('/')}/`;
}

export function transferBasePaths(items: TransferItem[]): BasePaths {
  return {
    source: commonFolder(items.map((i) => i.sourcePath)),
    destination: commonFolder(items.map((i) => i.destinationPath)),
  };
}

export function deleteBasePaths(paths: string[]): BasePaths {
  return { source: commonFolder(paths), destination: null };
}
