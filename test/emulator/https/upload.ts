/**
 * PUT of a file on a collection HTTPS server (the parent folder must exist): 201 new, 200 replaced;
 * 403 without write permission, 404 no parent folder, 409 a folder is there, 507 over the storage quota
 * (answered once the whole body has arrived). The body streams through upload-body.ts.
 */
import type { Context } from 'hono';
import type { EmuEnv } from '../core/context';
import { plainError } from '../core/errors';
import type { Collection, World } from '../core/world';
import { localUserFor, type Caller } from '../transfer/caller';
import { rememberSha256 } from '../vfs/content-hash';
import { parentPath } from '../vfs/paths';
import { VfsError } from '../vfs/tree';
import { receiveUpload } from './upload-body';

const quotaError = (c: Context<EmuEnv>, path: string) =>
  plainError(c, 507, 'quota_exceeded', `Not enough space left under the storage quota to write ${path}`);

export async function receiveFile(
  c: Context<EmuEnv>,
  target: { world: World; col: Collection; caller: Caller; path: string },
): Promise<Response> {
  const { world, col, caller, path } = target;
  const tree = world.storage(col);
  const treePath = world.treePath(col, path);
  const parent = tree.tryStat(world.treePath(col, parentPath(path)), true);
  if (!parent || parent.kind !== 'dir')
    return plainError(c, 404, 'not_found', `Folder ${parentPath(path)} does not exist`);
  const existing = tree.tryStat(treePath, true);
  if (existing?.kind === 'dir') return plainError(c, 409, 'is_a_directory', `${path} is a directory`);
  const declared = Number(c.req.header('content-length'));
  const replaced = existing?.kind === 'file' ? existing.size : 0;
  const received = await receiveUpload(c.req.raw.body, {
    room: tree.freeBytes === null ? null : tree.freeBytes + replaced,
    declaredLength: Number.isSafeInteger(declared) && declared >= 0 ? declared : undefined,
    fault: c.get('uploadFault'),
    socket: c.env?.incoming?.socket,
  });
  if (received.kind === 'dropped')
    return new Response(null, { status: 599, headers: { 'X-Emulator-Dropped': received.faultId } });
  if (received.kind === 'aborted') return plainError(c, 400, 'incomplete_body', `The upload of ${path} was cut short`);
  if (received.kind === 'over_quota') return quotaError(c, path);
  const { size, content, sha256 } = received;
  // The tree may have changed while the body streamed in (a folder made, the quota lowered).
  try {
    tree.writeFile(treePath, { size, content, mtime: world.now(), user: localUserFor(world, col, caller) });
  } catch (e) {
    if (!(e instanceof VfsError)) throw e;
    if (e.code === 'EDQUOT') return quotaError(c, path);
    if (e.code === 'EISDIR') return plainError(c, 409, 'is_a_directory', `${path} is a directory`);
    return plainError(c, 404, 'not_found', `Folder ${parentPath(path)} does not exist`);
  }
  rememberSha256(content, size, sha256);
  return c.json({ code: 'success', path, size }, existing ? 200 : 201);
}
