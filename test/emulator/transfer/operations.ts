/**
 * File operations on a collection (docs/protocol/transfer.md#file-operations,
 * docs/protocol/tasks.md#submission-ids): ls, stat, mkdir, rename, symlink, submission_id. Shapes: fixtures transfer.operation_ls*.json,
 * transfer.operation_stat.json, transfer.operation_mkdir.json, transfer.operation_rename.json,
 * transfer.get_submission_id.json; errors transfer.error.stat_not_found.json and
 * docs/protocol/errors-and-retries.md#transfer-error-codes.
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import type { Collection } from '../core/world';
import { applyListing, docsJson, fileDoc, ListingQueryError, sortedDocs } from '../vfs/listing';
import { baseName, parentPath } from '../vfs/paths';
import { VfsError, type VfsNode } from '../vfs/tree';
import { readJson, resultDoc, str } from './body';
import { callerOf, localUserFor, pathPermission, type Caller } from './caller';
import {
  checkCollectionAccess,
  endpointMessage,
  findCollection,
  permissionDenied,
  resolveCollectionPath,
  type Operation,
} from './collection-access';

const MAX_LS = 100_000;
const utf8 = new TextEncoder();

/** POSIX permission bits for the local user (root may do anything); shared with the task engine. */
export function posixAllows(node: VfsNode, localUser: string, want: 'r' | 'w'): boolean {
  if (localUser === 'root') return true;
  const digits = node.permissions.padStart(4, '0');
  const bits = Number(node.user === localUser ? digits[1] : digits[3]);
  return (bits & (want === 'r' ? 4 : 2)) !== 0;
}

interface Ready {
  col: Collection;
  caller: Caller;
}

function prepare(c: Context<EmuEnv>, op: Operation): Ready | Response {
  const col = findCollection(c, c.req.param('id') ?? '');
  if (col instanceof Response) return col;
  const caller = callerOf(c);
  const denied = checkCollectionAccess(c, col, caller, op);
  if (denied) return denied;
  return { col, caller };
}

function flag(v: string | undefined, dflt: boolean): boolean {
  if (v === undefined || v === '') return dflt;
  return !/^(0|false|no)$/i.test(v);
}

function notFound(c: Context<EmuEnv>, col: Collection, code: string, path: string, command: string): Response {
  return transferError(
    c,
    404,
    code,
    endpointMessage(
      col,
      command,
      'Path not found',
      `Error: '${path}' not found\\r\\n550-GlobusError: v=1 c=PATH_NOT_FOUND\\r\\n550 End.`,
    ),
  );
}

export function registerOperations(app: Hono<EmuEnv>): void {
  app.get('/v0.10/operation/endpoint/:id/ls', (c) => {
    const ready = prepare(c, 'ls');
    if (ready instanceof Response) return ready;
    const { col, caller } = ready;
    const world = c.get('emu').world;
    const { path, echo, expanded } = resolveCollectionPath(world, col, caller, c.req.query('path'));
    if (!pathPermission(world, col, caller, path)) return permissionDenied(c, col, 'list', path);
    const tree = world.storage(col);
    let node: VfsNode;
    try {
      node = tree.stat(world.treePath(col, path), true);
    } catch (e) {
      if (e instanceof VfsError && e.code === 'ENOTDIR')
        return transferError(
          c,
          502,
          'ExternalError.DirListingFailed.NotDirectory',
          endpointMessage(col, 'list', 'Not a directory', `Path '${path}' is not a directory`),
        );
      if (e instanceof VfsError) return notFound(c, col, 'ClientError.NotFound', path, 'list');
      throw e;
    }
    if (node.kind !== 'dir')
      return transferError(
        c,
        502,
        'ExternalError.DirListingFailed.NotDirectory',
        endpointMessage(col, 'list', 'Not a directory', `Path '${path}' is not a directory`),
      );
    if (!posixAllows(node, localUserFor(world, col, caller), 'r')) return permissionDenied(c, col, 'list', path);
    const limit = Number(c.req.query('limit') ?? MAX_LS);
    const offset = Number(c.req.query('offset') ?? 0);
    if (!Number.isInteger(limit) || limit < 0 || limit > MAX_LS || !Number.isInteger(offset) || offset < 0)
      return transferError(
        c,
        400,
        'ClientError.BadRequest',
        `limit must be an integer 0..${MAX_LS} and offset a non-negative integer`,
      );
    let listed;
    try {
      listed = applyListing(sortedDocs(tree, node), {
        showHidden: flag(c.req.query('show_hidden'), true),
        filters: c.req.queries('filter') ?? [],
        orderby: c.req.query('orderby'),
        limit,
        offset,
      });
    } catch (e) {
      if (e instanceof ListingQueryError) return transferError(c, 400, 'ClientError.BadRequest', e.message);
      throw e;
    }
    world.markUsed(caller.accountId, col.id);
    // Built as text around the cached DATA array so large folders answer quickly.
    const rest = JSON.stringify({
      DATA_TYPE: 'file_list',
      absolute_path: expanded ? (path.endsWith('/') ? path : path + '/') : null,
      endpoint: col.id,
      length: listed.docs.length,
      path: echo,
      rename_supported: true,
      symlink_supported: true,
      total: listed.total,
    });
    const parts = [utf8.encode('{"DATA":'), docsJson(tree, node, listed.docs), utf8.encode(',' + rest.slice(1))];
    const length = parts.reduce((n, p) => n + p.byteLength, 0);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(p);
        controller.close();
      },
    });
    return c.body(stream, 200, { 'Content-Type': 'application/json', 'Content-Length': String(length) });
  });

  app.get('/v0.10/operation/endpoint/:id/stat', (c) => {
    const ready = prepare(c, 'stat');
    if (ready instanceof Response) return ready;
    const { col, caller } = ready;
    const world = c.get('emu').world;
    const raw = c.req.query('path');
    if (!raw) return transferError(c, 400, 'ClientError.BadRequest', "Missing required parameter 'path'");
    const { path } = resolveCollectionPath(world, col, caller, raw);
    if (!pathPermission(world, col, caller, path)) return permissionDenied(c, col, 'list', path);
    const tree = world.storage(col);
    const node = tree.tryStat(world.treePath(col, path));
    if (!node) return notFound(c, col, 'NotFound', raw, 'list');
    return c.json(fileDoc(tree, path === '/' ? '/' : baseName(path), node));
  });

  app.post('/v0.10/operation/endpoint/:id/mkdir', async (c) => {
    const ready = prepare(c, 'mkdir');
    if (ready instanceof Response) return ready;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const raw = str(body.path);
    if (!raw) return transferError(c, 400, 'ClientError.BadRequest', "Missing required field 'path'");
    const { col, caller } = ready;
    const world = c.get('emu').world;
    const { path } = resolveCollectionPath(world, col, caller, raw);
    if (pathPermission(world, col, caller, path) !== 'rw') return permissionDenied(c, col, 'mkdir', path);
    const tree = world.storage(col);
    const treePath = world.treePath(col, path);
    const parent = tree.tryStat(parentPath(treePath), true);
    if (!parent || parent.kind !== 'dir') return notFound(c, col, 'ClientError.NotFound', parentPath(path), 'mkdir');
    const localUser = localUserFor(world, col, caller);
    if (tree.tryStat(treePath))
      return transferError(
        c,
        502,
        'ExternalError.MkdirFailed.Exists',
        endpointMessage(col, 'mkdir', 'Directory already exists', `550 ${path}: File exists`),
      );
    if (!posixAllows(parent, localUser, 'w'))
      return transferError(
        c,
        403,
        'ExternalError.MkdirFailed.PermissionDenied',
        endpointMessage(col, 'mkdir', 'Permission denied', `550 ${path}: Permission denied`),
      );
    tree.mkdir(treePath, { mtime: world.now(), user: localUser });
    return c.json(resultDoc(c, 'DirectoryCreated', 'The directory was created successfully', 'mkdir_result'));
  });

  app.post('/v0.10/operation/endpoint/:id/rename', async (c) => {
    const ready = prepare(c, 'rename');
    if (ready instanceof Response) return ready;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const oldRaw = str(body.old_path);
    const newRaw = str(body.new_path);
    if (!oldRaw || !newRaw)
      return transferError(c, 400, 'ClientError.BadRequest', "Both 'old_path' and 'new_path' are required");
    const { col, caller } = ready;
    const world = c.get('emu').world;
    const from = resolveCollectionPath(world, col, caller, oldRaw).path;
    const to = resolveCollectionPath(world, col, caller, newRaw).path;
    for (const p of [from, to])
      if (pathPermission(world, col, caller, p) !== 'rw') return permissionDenied(c, col, 'rename', p);
    const tree = world.storage(col);
    const localUser = localUserFor(world, col, caller);
    const srcParent = tree.tryStat(world.treePath(col, parentPath(from)), true);
    const dstParent = tree.tryStat(world.treePath(col, parentPath(to)), true);
    if (srcParent && !posixAllows(srcParent, localUser, 'w')) return permissionDenied(c, col, 'rename', from);
    if (dstParent && dstParent.kind === 'dir' && !posixAllows(dstParent, localUser, 'w'))
      return permissionDenied(c, col, 'rename', to);
    try {
      tree.rename(world.treePath(col, from), world.treePath(col, to), world.now());
    } catch (e) {
      if (!(e instanceof VfsError)) throw e;
      if (e.code === 'EEXIST')
        return transferError(
          c,
          409,
          'ExternalError.RenameFailed.Exists',
          endpointMessage(col, 'rename', 'Destination exists', `550 ${to}: File exists`),
        );
      if (e.code === 'EINVAL')
        return transferError(c, 400, 'ClientError.BadRequest', 'Cannot move a directory into itself');
      return notFound(
        c,
        col,
        'ClientError.NotFound',
        e.code === 'ENOENT' && !tree.tryStat(world.treePath(col, from)) ? from : parentPath(to),
        'rename',
      );
    }
    return c.json(resultDoc(c, 'FileRenamed', 'File or directory renamed successfully'));
  });

  app.post('/v0.10/operation/endpoint/:id/symlink', async (c) => {
    const ready = prepare(c, 'symlink');
    if (ready instanceof Response) return ready;
    // docs/protocol/transfer.md#mkdir-rename-and-stat: documented, but "not currently supported by any collections".
    return transferError(c, 400, 'NotSupported', 'Symlink creation is not supported by this collection');
  });

  app.get('/v0.10/submission_id', (c) => c.json({ value: c.get('emu').ids.uuid('submission') }));
}
