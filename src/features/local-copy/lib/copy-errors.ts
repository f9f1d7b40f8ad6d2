// Per-file messages for a copy between this computer and a collection: what happened, what to do next.
import { CollectionHttpsError } from '@/lib/globus/https';
import { NetworkError } from '@/lib/globus/errors';
import { describeError } from '@/lib/globus/describe-error';
import { formatSize } from '@/lib/format/numbers';
import { SizeMismatchError } from '@/features/local-copy/lib/file-io';
import type { CopyDirection } from '@/features/local-copy/model/copy-job';

/** The local file system refused a name (a character or length it does not allow). */
export class LocalNameError extends Error {
  override readonly name = 'LocalNameError';
  constructor(
    readonly fileName: string,
    options?: ErrorOptions,
  ) {
    super(`This computer’s file system does not accept the name “${fileName}”`, options);
  }
}

export const isDomError = (err: unknown, ...names: string[]) => err instanceof DOMException && names.includes(err.name);

type What = { direction: CopyDirection; name: string; kind: 'dir' | 'file'; collectionName: string };

export function describeCopyError(err: unknown, what: What): string {
  const thing = what.kind === 'dir' ? 'folder' : 'file';
  const { name, collectionName } = what;
  if (err instanceof LocalNameError) {
    return `This computer’s file system does not accept the name “${name}”. Rename it on the collection, then copy it again.`;
  }
  if (err instanceof SizeMismatchError && err.actual === null) {
    return `“${name}” is not on “${collectionName}” after copying; it may have been moved or deleted meanwhile. Copy it again.`;
  }
  if (err instanceof SizeMismatchError) {
    return `“${name}” has ${formatSize(err.actual)} after copying instead of ${formatSize(err.expected)}; it may have changed meanwhile. Copy it again.`;
  }
  if (isDomError(err, 'NotFoundError')) {
    return what.direction === 'up'
      ? `“${name}” is no longer in the folder on this computer.`
      : `A folder on this computer for “${name}” was removed during the copy. Copy it again.`;
  }
  if (isDomError(err, 'NoModificationAllowedError', 'InvalidStateError')) {
    return `“${name}” is in use or read-only on this computer. Close any program using it and copy it again.`;
  }
  if (err instanceof CollectionHttpsError) {
    if (err.status === 403) {
      return what.direction === 'up'
        ? `You do not have permission to write “${name}” on “${collectionName}”. Ask its administrator for write access.`
        : `You do not have permission to read “${name}” on “${collectionName}”.`;
    }
    if (err.status === 404) {
      return what.direction === 'up'
        ? `The folder for “${name}” no longer exists on “${collectionName}”. Copy the folder again.`
        : `“${name}” is no longer on “${collectionName}”.`;
    }
    if (err.status === 409 || err.status === 400) return `“${name}” is a folder on “${collectionName}”, not a file.`;
    if (err.status === 507 || err.status === 413) {
      return `There is not enough space on “${collectionName}” for “${name}”. Free some space (or ask its administrator), then retry.`;
    }
    return `The HTTPS server of “${collectionName}” refused the ${thing} “${name}” (HTTP ${err.status}). Retry later.`;
  }
  if (err instanceof NetworkError) {
    return `The connection to “${collectionName}” dropped several times while copying “${name}”. Check your connection, then retry.`;
  }
  const d = describeError(err);
  return `“${name}”: ${d.title}. ${d.detail}`;
}
