// Links into the file manager at a task's base paths. A base path without a trailing slash is
// taken to name a file, so the link opens its folder.
import type { Task } from '@/lib/globus/task';
import { paths } from '@/lib/routes/paths';
import { folderOf } from '@/lib/paths/collection-path';

export function fileManagerHref(collectionId: string, path?: string | null): string {
  return paths.files({ originId: collectionId, originPath: path ? folderOf(path) : undefined });
}

export function taskLocations(task: Task): { side: 'source' | 'destination'; name: string; href: string }[] {
  const out: { side: 'source' | 'destination'; name: string; href: string }[] = [];
  if (task.source_endpoint_id) {
    out.push({
      side: 'source',
      name: task.source_endpoint_display_name ?? task.source_endpoint_id,
      href: fileManagerHref(task.source_endpoint_id, task.source_base_path),
    });
  }
  if (task.destination_endpoint_id) {
    out.push({
      side: 'destination',
      name: task.destination_endpoint_display_name ?? task.destination_endpoint_id,
      href: fileManagerHref(task.destination_endpoint_id, task.destination_base_path),
    });
  }
  return out;
}
