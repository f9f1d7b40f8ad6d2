/**
 * Control API for collection files (tests and the bench set up and check copies with these):
 *   POST /__emulator/files {collection, path, size, seed?}   a file of `size` seeded bytes (`seed\n` repeated;
 *        default seed: its storage path), parent folders made as needed — e.g. a 1 GB file for downloads
 *   POST /__emulator/folders {collection, path}             a folder (and its parents)
 *   GET  /__emulator/files?collection=&path=                what lies under a folder: {files: [{path, size,
 *        sha256}], folders: [path]}, paths relative to that folder, sorted; at most 100,000 files
 */
import type { Hono } from 'hono';
import type { EmuContext, EmuEnv } from '../core/context';
import { plainError } from '../core/errors';
import { fieldText } from '../core/text';
import type { Collection } from '../core/world';
import { sha256Of } from '../vfs/content-hash';
import { normalizePath, parentPath } from '../vfs/paths';
import { dirEntries, type FileNode, type VfsNode } from '../vfs/tree';

const MAX_LISTED_FILES = 100_000;
const MAX_FILE_SIZE = 2 ** 40;

async function jsonBody(c: EmuContext): Promise<Record<string, unknown> | Response> {
  try {
    const text = await c.req.text();
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return plainError(c, 400, 'BadRequest', 'the body must be JSON');
  }
}

function collectionWithStorage(c: EmuContext, id: unknown): Collection | Response {
  const col = c.get('emu').world.collection(fieldText(id));
  return col?.storageId ? col : plainError(c, 404, 'NotFound', 'No such collection with storage');
}

export interface ListedFile {
  path: string;
  size: number;
  sha256: string;
}

/** Files and folders under `dir`, relative paths; throws RangeError past the file limit (before hashing anything). */
function listTree(dir: VfsNode): { files: ListedFile[]; folders: string[] } {
  const found: { path: string; node: FileNode }[] = [];
  const folders: string[] = [];
  const walk = (node: VfsNode, prefix: string) => {
    if (node.kind !== 'dir') return;
    for (const [name, child] of dirEntries(node)) {
      const path = prefix + name;
      if (child.kind === 'dir') {
        folders.push(path);
        walk(child, path + '/');
      } else if (child.kind === 'file') {
        if (found.length >= MAX_LISTED_FILES) throw new RangeError('too many files');
        found.push({ path, node: child });
      }
    }
  };
  walk(dir, '');
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const files = found.map(({ path, node }) => ({ path, size: node.size, sha256: sha256Of(node.content, node.size) }));
  return { files: files.sort((a, b) => byPath(a.path, b.path)), folders: folders.sort(byPath) };
}

export function registerFileControlRoutes(app: Hono<EmuEnv>): void {
  app.post('/__emulator/files', async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const col = collectionWithStorage(c, body.collection);
    if (col instanceof Response) return col;
    const size = body.size;
    if (!(typeof size === 'number' && Number.isSafeInteger(size) && size >= 0 && size <= MAX_FILE_SIZE))
      return plainError(c, 400, 'BadRequest', "'size' must be a whole number of bytes up to 1 TiB");
    const path = normalizePath(fieldText(body.path));
    if (path === '/') return plainError(c, 400, 'BadRequest', "'path' must name a file");
    const world = c.get('emu').world;
    const tree = world.storage(col);
    const treePath = world.treePath(col, path);
    const seed = typeof body.seed === 'string' && body.seed !== '' ? body.seed : treePath;
    try {
      const owner = { mtime: world.now(), user: 'root' };
      tree.mkdirs(parentPath(treePath), owner);
      tree.writeFile(treePath, { size, content: { seed }, ...owner, ignoreQuota: true });
    } catch (e) {
      return plainError(c, 409, 'Conflict', `Cannot write ${path}: ${(e as Error).message}`);
    }
    return c.json({ collection: col.id, path, size, seed }, 201);
  });

  app.post('/__emulator/folders', async (c) => {
    const body = await jsonBody(c);
    if (body instanceof Response) return body;
    const col = collectionWithStorage(c, body.collection);
    if (col instanceof Response) return col;
    const world = c.get('emu').world;
    const path = normalizePath(fieldText(body.path));
    try {
      world.storage(col).mkdirs(world.treePath(col, path), { mtime: world.now(), user: 'root' });
    } catch (e) {
      return plainError(c, 409, 'Conflict', `Cannot make ${path}: ${(e as Error).message}`);
    }
    return c.json({ collection: col.id, path }, 201);
  });

  app.get('/__emulator/files', (c) => {
    const col = collectionWithStorage(c, c.req.query('collection'));
    if (col instanceof Response) return col;
    const world = c.get('emu').world;
    const path = normalizePath(c.req.query('path') ?? '/');
    const node = world.storage(col).tryStat(world.treePath(col, path), true);
    if (node?.kind !== 'dir') return plainError(c, 404, 'NotFound', `No folder ${path}`);
    try {
      return c.json({ collection: col.id, path, ...listTree(node) });
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      return plainError(c, 413, 'TooLarge', `More than ${MAX_LISTED_FILES} files under ${path}`);
    }
  });
}
