/**
 * Directory listing semantics of `GET /operation/endpoint/{id}/ls` (docs/protocol/transfer.md#directory-listing):
 * file documents, show_hidden, filter (name = ~ ! !~, type, size/last_modified ranges,
 * repeated filter params OR'ed), orderby and limit/offset slicing.
 *
 * Large directories: file documents are cached per node and the sorted listing per
 * directory version, so repeated listings of a 100 000-entry folder stay cheap.
 */
import { spaceTimestamp } from '../core/clock';
import { childrenOf, type DirNode, type VfsNode, type VfsTree } from './tree';

/** Shape: fixtures transfer.operation_ls*.json / transfer.operation_stat.json (file document). */
export interface FileDoc {
  DATA_TYPE: 'file';
  name: string;
  type: string;
  size: number;
  last_modified: string;
  permissions: string;
  user: string;
  group: string;
  link_target: string | null;
  link_size: number | null;
  link_user: string | null;
  link_group: string | null;
  link_last_modified: string | null;
}

const docCache = new WeakMap<VfsNode, { mtime: number; size: number; doc: FileDoc }>();

/** File document for a node; symlinks report their target's type, broken ones `invalid_symlink`. */
export function fileDoc(tree: VfsTree, name: string, node: VfsNode): FileDoc {
  const size = node.kind === 'symlink' ? 0 : node.size;
  const hit = docCache.get(node);
  if (hit && hit.mtime === node.mtime && hit.size === size && hit.doc.name === name) return hit.doc;
  let doc: FileDoc;
  if (node.kind === 'symlink') {
    const target = tree.tryStat(node.target, true);
    doc = {
      DATA_TYPE: 'file',
      name,
      type: target ? (target.kind === 'dir' ? 'dir' : 'file') : 'invalid_symlink',
      size: target && target.kind !== 'symlink' ? target.size : 0,
      last_modified: spaceTimestamp(target?.mtime ?? node.mtime),
      permissions: target?.permissions ?? node.permissions,
      user: node.user,
      group: node.group,
      link_target: node.target,
      link_size: 0,
      link_user: node.user,
      link_group: node.group,
      link_last_modified: spaceTimestamp(node.mtime),
    };
  } else {
    doc = {
      DATA_TYPE: 'file',
      name,
      type: node.kind,
      size: node.size,
      last_modified: spaceTimestamp(node.mtime),
      permissions: node.permissions,
      user: node.user,
      group: node.group,
      link_target: null,
      link_size: null,
      link_user: null,
      link_group: null,
      link_last_modified: null,
    };
  }
  docCache.set(node, { mtime: node.mtime, size, doc });
  return doc;
}

const sortedCache = new WeakMap<DirNode, { version: number; docs: FileDoc[]; json: Uint8Array | null }>();

/** All entries of a directory as file documents sorted by name (code-point order). */
const sharedCache = new Map<string, { version: number; docs: FileDoc[]; json: Uint8Array | null }>();

export function sortedDocs(tree: VfsTree, dir: DirNode): FileDoc[] {
  const hit = sortedCache.get(dir);
  if (hit && hit.version === dir.version) return hit.docs;
  const shared = dir.sharedKey && dir.version === 0 ? sharedCache.get(dir.sharedKey) : undefined;
  if (shared) {
    childrenOf(dir);
    sortedCache.set(dir, shared);
    return shared.docs;
  }
  const docs: FileDoc[] = [];
  let sorted = true;
  for (const [name, node] of childrenOf(dir)) {
    const d = fileDoc(tree, name, node);
    if (sorted && docs.length > 0 && docs[docs.length - 1]!.name > name) sorted = false;
    docs.push(d);
  }
  if (!sorted) docs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entry: { version: number; docs: FileDoc[]; json: Uint8Array | null } = {
    version: dir.version,
    docs,
    json: null,
  };
  sortedCache.set(dir, entry);
  if (dir.sharedKey && dir.version === 0) sharedCache.set(dir.sharedKey, entry);
  return docs;
}

const jsonCache = new WeakMap<FileDoc, string>();

/** A file document serialised once and reused (serialising 100 000 documents per request is too slow). */
export function docJson(d: FileDoc): string {
  let s = jsonCache.get(d);
  if (s === undefined) jsonCache.set(d, (s = JSON.stringify(d)));
  return s;
}

const utf8 = new TextEncoder();

/** UTF-8 JSON array of a listing; the full sorted listing of a directory is cached (as bytes) per version. */
export function docsJson(tree: VfsTree, dir: DirNode, docs: FileDoc[]): Uint8Array {
  const all = sortedDocs(tree, dir);
  const entry = sortedCache.get(dir)!;
  if (docs === all) return (entry.json ??= utf8.encode('[' + all.map(docJson).join(',') + ']'));
  return utf8.encode('[' + docs.map(docJson).join(',') + ']');
}

export class ListingQueryError extends Error {}

type Predicate = (d: FileDoc) => boolean;

function globToRegExp(glob: string): RegExp {
  const esc = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${esc}$`, 'i');
}

function rangePredicate(field: 'size' | 'last_modified', value: string): Predicate {
  const [lo = '', hi = ''] = value.split(',');
  if (field === 'size') {
    const l = lo === '' ? -Infinity : Number(lo);
    const h = hi === '' ? Infinity : Number(hi);
    if (Number.isNaN(l) || Number.isNaN(h)) throw new ListingQueryError(`Invalid size range '${value}'`);
    return (d) => d.size >= l && d.size <= h;
  }
  const toEpoch = (s: string) =>
    Date.parse(
      s
        .trim()
        .replace(' ', 'T')
        .replace(/(T\d\d:\d\d(:\d\d)?)$/, '$1Z'),
    );
  const l = lo === '' ? -Infinity : toEpoch(lo);
  const h = hi === '' ? Infinity : toEpoch(hi);
  if (Number.isNaN(l) || Number.isNaN(h)) throw new ListingQueryError(`Invalid last_modified range '${value}'`);
  return (d) => {
    const t = Date.parse(d.last_modified.replace(' ', 'T'));
    return t >= l && t <= h;
  };
}

function clausePredicate(clause: string): Predicate {
  const idx = clause.indexOf(':');
  if (idx < 0) throw new ListingQueryError(`Invalid filter clause '${clause}'`);
  const field = clause.slice(0, idx);
  const value = clause.slice(idx + 1);
  switch (field) {
    case 'name': {
      if (value.startsWith('!~')) {
        const re = globToRegExp(value.slice(2));
        return (d) => !re.test(d.name);
      }
      if (value.startsWith('~')) {
        const re = globToRegExp(value.slice(1));
        return (d) => re.test(d.name);
      }
      if (value.startsWith('!')) {
        const v = value.slice(1);
        return (d) => d.name !== v;
      }
      const v = value.startsWith('=') ? value.slice(1) : value;
      return (d) => d.name === v;
    }
    case 'type': {
      const types = value.split(',');
      return (d) => types.includes(d.type);
    }
    case 'size':
    case 'last_modified':
      return rangePredicate(field, value);
    case 'permissions':
    case 'user':
    case 'group': {
      const f = field;
      return (d) => d[f] === value;
    }
    default:
      throw new ListingQueryError(`Invalid filter field '${field}'`);
  }
}

/** `filter` params: clauses joined by `/` are AND'ed; repeated params are OR'ed. */
export function filterPredicate(filters: string[]): Predicate | null {
  const alternatives = filters.filter((f) => f !== '').map((f) => f.split('/').map(clausePredicate));
  if (alternatives.length === 0) return null;
  return (d) => alternatives.some((clauses) => clauses.every((p) => p(d)));
}

const ORDER_FIELDS = ['name', 'type', 'size', 'last_modified', 'permissions', 'user', 'group'] as const;

export function orderComparator(orderby: string): (a: FileDoc, b: FileDoc) => number {
  const keys = orderby.split(',').map((part) => {
    const [field = '', dir = 'ASC', ...rest] = part.trim().split(/\s+/);
    if (!(ORDER_FIELDS as readonly string[]).includes(field) || rest.length > 0 || !/^(ASC|DESC)$/i.test(dir))
      throw new ListingQueryError(`Invalid orderby '${part.trim()}'`);
    return { field: field as (typeof ORDER_FIELDS)[number], sign: dir.toUpperCase() === 'DESC' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { field, sign } of keys) {
      const x = a[field];
      const y = b[field];
      if (x < y) return -sign;
      if (x > y) return sign;
    }
    return 0;
  };
}

export interface ListingOptions {
  showHidden: boolean;
  filters: string[];
  orderby?: string;
  limit: number;
  offset: number;
}

/** Apply ls options; `total` counts entries after filtering, before slicing. */
export function applyListing(all: FileDoc[], opts: ListingOptions): { docs: FileDoc[]; total: number } {
  let docs = all;
  if (!opts.showHidden && docs.some((d) => d.name.startsWith('.'))) docs = docs.filter((d) => !d.name.startsWith('.'));
  const pred = filterPredicate(opts.filters);
  if (pred) docs = docs.filter(pred);
  if (opts.orderby) docs = [...docs].sort(orderComparator(opts.orderby));
  const total = docs.length;
  const sliced = opts.offset === 0 && opts.limit >= total ? docs : docs.slice(opts.offset, opts.offset + opts.limit);
  return { docs: sliced, total };
}
