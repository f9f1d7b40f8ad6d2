import { CollectionHttpsError } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';

/** One sentence for a failed HTTPS download or upload, naming what to do next. */
export function describeHttpsError(
  err: unknown,
  what: { action: 'download' | 'upload'; name: string; folder: string },
): string {
  if (err instanceof CollectionHttpsError) {
    if (err.status === 404) {
      return what.action === 'download'
        ? `“${what.name}” is no longer there. Refresh the folder and try again.`
        : `The folder ${what.folder} no longer exists. Refresh the folder and try again.`;
    }
    if (err.status === 409) return `“${what.name}” is a folder here; choose another name.`;
    if (err.status === 507 || err.status === 413)
      return `There is not enough space on this collection to upload “${what.name}”. Free some space (or ask its administrator for more) and try again.`;
    return `The collection’s HTTPS server refused to ${what.action} “${what.name}” (HTTP ${err.status}). Try again later.`;
  }
  if (err instanceof NetworkError) {
    return `The collection’s HTTPS server could not be reached from this page (it may not accept requests from this app). Check your connection and try again.`;
  }
  const d = describeError(err);
  return `${d.title}. ${d.detail}`;
}
