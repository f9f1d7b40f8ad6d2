// Links into the file manager at the task's folders: its base paths, or for a task that did not record them
// the folders of the first file it copied; the collection root only when neither is known. A path without
// a trailing slash names a file, so the link opens its folder.
import type { SuccessfulTransfer, Task } from '@/lib/globus/task';
import { paths } from '@/lib/routes/paths';
import { folderOf } from '@/lib/paths/collection-path';

export function fileManagerHref(collectionId: string, path?: string | null): string {
  return paths.files({ originId: collectionId, originPath: path ? folderOf(path) : undefined });
}

export function taskLocations(
  task: Task,
  firstCopied?: SuccessfulTransfer | null,
): { side: 'source' | 'destination'; name: string; href: string }[] {
  const out: { side: 'source' | 'destination'; name: string; href: string }[] = [];
  if (task.source_endpoint_id) {
    out.push({
      side: 'source',
      name: task.source_endpoint_display_name ?? task.source_endpoint_id,
      href: fileManagerHref(task.source_endpoint_id, task.source_base_path || firstCopied?.source_path),
    });
  }
  if (task.destination_endpoint_id) {
    out.push({
      side: 'destination',
      name: task.destination_endpoint_display_name ?? task.destination_endpoint_id,
      href: fileManagerHref(task.destination_endpoint_id, task.destination_base_path || firstCopied?.destination_path),
    });
  }
  return out;
}
