/**
 * Paths inside a collection, as Transfer takes them: raw strings. Never encode, trim or otherwise
 * normalise a name; only the slashes between segments are ours. A folder path ends with `/`.
 */

export function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`;
}

/** A file in a folder: `/a/b` + `c d#1` → `/a/b/c d#1`. */
export function joinPath(folder: string, name: string): string {
  return `${withTrailingSlash(folder)}${name}`;
}

/** A folder in a folder, as a folder path: `/a/` + `b` → `/a/b/`. */
export function childPath(folder: string, name: string): string {
  return `${joinPath(folder, name)}/`;
}

/** The folder above `path`, or null at a root (`/`, `~/`) or when there is no slash to cut at. */
export function parentPath(path: string): string | null {
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  if (trimmed === '/' || trimmed === '~' || trimmed === '') return null;
  const cut = trimmed.lastIndexOf('/');
  if (cut < 0) return null;
  return trimmed.slice(0, cut + 1);
}

/** A folder path stays as it is; a path without a trailing slash names a file, so its folder. */
export function folderOf(path: string): string {
  if (path.endsWith('/')) return path;
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut + 1);
}

export type Crumb = { label: string; path: string };

/** `/a/b c/` → `/`, `a`, `b c` each with the path it opens; `~/x/` starts at `~`. */
export function breadcrumbs(path: string): Crumb[] {
  const crumbs: Crumb[] = [];
  let rest = path;
  let acc = '';
  if (rest.startsWith('/')) {
    crumbs.push({ label: '/', path: '/' });
    acc = '/';
    rest = rest.slice(1);
  }
  for (const segment of rest.split('/')) {
    if (segment === '') continue;
    acc = `${acc}${segment}/`;
    crumbs.push({ label: segment, path: acc });
  }
  return crumbs;
}
