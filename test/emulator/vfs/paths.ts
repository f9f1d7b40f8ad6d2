/**
 * Path helpers for the virtual file system. Paths are raw strings (names may hold
 * spaces, `#`, `%`, `?`, `&`, `+`, unicode): nothing here decodes or encodes.
 */

/** Absolute, no `.`/`..`/empty segments, no trailing slash except for the root. */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return '/' + out.join('/');
}

export function segments(path: string): string[] {
  return normalizePath(path)
    .split('/')
    .filter((s) => s !== '');
}

export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : path + '/';
}

export function joinPath(dir: string, name: string): string {
  return normalizePath(withTrailingSlash(dir) + name);
}

export function parentPath(path: string): string {
  const segs = segments(path);
  segs.pop();
  return '/' + segs.join('/');
}

export function baseName(path: string): string {
  const segs = segments(path);
  return segs[segs.length - 1] ?? '';
}

/** True when `path` equals `ancestor` or lies below it (both normalised). */
export function isWithin(path: string, ancestor: string): boolean {
  const p = normalizePath(path);
  const a = normalizePath(ancestor);
  return a === '/' || p === a || p.startsWith(a + '/');
}

/**
 * Expand a Transfer `~` path (`~`, `~/x`, `/~`, `/~/x`) against a home directory.
 * Returns undefined when the path does not use `~`.
 */
export function expandHome(path: string, home: string): string | undefined {
  const m = /^\/?~(\/.*)?$/.exec(path);
  if (!m) return undefined;
  return normalizePath(withTrailingSlash(home) + (m[1] ?? ''));
}
