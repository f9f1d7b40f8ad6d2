// What can go wrong with a folder on this computer, as errors the pane can tell apart and offer the
// one way out for: allow access again, pick the folder again, or go elsewhere.
import type { LocalRoot } from '@/lib/local-files/local-roots';

/** The browser holds the folder but no longer lets this page use it (after a reload, or revoked). */
export class LocalPermissionError extends Error {
  override name = 'LocalPermissionError';
  constructor(readonly root: LocalRoot) {
    super(`This page may not open “${root.name}” on this computer until you allow it again.`);
  }
}

/** The pane names a picked folder this browser no longer remembers (forgotten, logged out, another browser). */
export class LocalRootMissingError extends Error {
  override name = 'LocalRootMissingError';
  constructor(readonly collectionId: string) {
    super('This browser no longer remembers that folder on this computer. Choose it again.');
  }
}

/** The folder (or an entry in it) is not there any more: moved, renamed or deleted outside this page. */
export class LocalNotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(readonly path: string) {
    super(`“${path}” is not there any more: it was moved, renamed or deleted on this computer.`);
  }
}

export const isLocalFileError = (
  err: unknown,
): err is LocalPermissionError | LocalRootMissingError | LocalNotFoundError =>
  err instanceof LocalPermissionError || err instanceof LocalRootMissingError || err instanceof LocalNotFoundError;

const domName = (err: unknown): string | undefined =>
  err instanceof DOMException || (err instanceof Error && typeof err.name === 'string') ? err.name : undefined;

/** A File System Access failure in terms of this folder: a missing entry or a lost permission, else as it came. */
export function asLocalError(err: unknown, root: LocalRoot, path: string): unknown {
  const name = domName(err);
  if (name === 'NotFoundError' || name === 'TypeMismatchError') return new LocalNotFoundError(path);
  if (name === 'NotAllowedError' || name === 'SecurityError') return new LocalPermissionError(root);
  return err;
}

/** A name already taken in that folder: Transfer refuses the same way, so nothing is overwritten. */
export class LocalNameTakenError extends Error {
  override name = 'LocalNameTakenError';
  constructor(readonly entryName: string) {
    super(`Something named “${entryName}” is already in this folder. Choose another name.`);
  }
}

/** A title and what to do, for the local errors above; null for anything else. */
export function describeLocalError(err: unknown): { title: string; detail: string } | null {
  if (err instanceof LocalPermissionError) return { title: `Allow access to “${err.root.name}”`, detail: err.message };
  if (err instanceof LocalRootMissingError) return { title: 'Folder no longer remembered', detail: err.message };
  if (err instanceof LocalNotFoundError) return { title: 'Not found on this computer', detail: err.message };
  if (err instanceof LocalNameTakenError)
    return { title: `“${err.entryName}” already exists here`, detail: err.message };
  return null;
}
