/**
 * Collection HTTPS servers at `<url>/__https/<collection_id>/<path>` (the collection's
 * `https_server`). GET/HEAD download (download.ts: single `Range`, `?download`), PUT upload
 * (upload.ts; bodies stream, never read whole). Bearer token whose resource_server is the collection
 * id (scope `https://auth.globus.org/scopes/<id>/https`); a GET without Authorization
 * but with the emulator's browser session is served too (GCS authenticates navigations
 * itself through Globus Auth single sign-on — see
 * docs/protocol/https-access.md#cors-and-the-navigation-fallback). A `~` path is expanded to the
 * caller's home as Transfer does (provisional). Response/error bodies are provisional: `{code, message}`.
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { checkBearer } from '../core/bearer';
import { plainError } from '../core/errors';
import { sessionAccount, sessionToken } from '../auth/session-cookie';
import { expandHome, normalizePath } from '../vfs/paths';
import type { TokenRecord } from '../auth/auth-state';
import { callerForAccount, pathPermission } from '../transfer/caller';
import { serveFile } from './download';
import { receiveFile } from './upload';

/** Collection path from the raw URL (percent-decoded once; names may contain anything). */
function pathFromUrl(c: Context<EmuEnv>, id: string): string {
  const raw = new URL(c.req.url).pathname;
  const rest = raw.slice(raw.indexOf(id) + id.length) || '/';
  return normalizePath(
    rest
      .split('/')
      .map((seg) => decodeURIComponent(seg))
      .join('/'),
  );
}

function authenticate(c: Context<EmuEnv>, id: string): TokenRecord | Response {
  if (!c.req.header('authorization') && (c.req.method === 'GET' || c.req.method === 'HEAD')) {
    const account = sessionAccount(c);
    if (account) return sessionToken(c, account, id);
  }
  return checkBearer(c, 'https', id);
}

async function serve(c: Context<EmuEnv>): Promise<Response> {
  const world = c.get('emu').world;
  const id = c.req.param('id')!.toLowerCase();
  const col = world.collection(id);
  if (!col || col.deleted || !col.httpsEnabled)
    return plainError(c, 404, 'not_found', 'No HTTPS server for this collection');
  const token = authenticate(c, id);
  if (token instanceof Response) return token;
  const caller = callerForAccount(world, token);
  // `~` is expanded as Transfer expands it (GCS's HTTPS behaviour for `~` is undocumented; provisional).
  const raw = pathFromUrl(c, id);
  const path = expandHome(raw, world.homeOf(col, caller.accountId)) ?? raw;
  const perm = pathPermission(world, col, caller, path);
  if (c.req.method === 'PUT') {
    if (perm !== 'rw') return plainError(c, 403, 'permission_denied', `Writing ${path} is not allowed`);
    return receiveFile(c, { world, col, caller, path });
  }
  if (!perm) return plainError(c, 403, 'permission_denied', `Reading ${path} is not allowed`);
  const node = world.storage(col).tryStat(world.treePath(col, path), true);
  if (!node) return plainError(c, 404, 'not_found', `${path} does not exist`);
  if (node.kind !== 'file') return plainError(c, 400, 'is_a_directory', `${path} is a directory`);
  return serveFile(c, path, node);
}

export function registerHttpsRoutes(app: Hono<EmuEnv>): void {
  app.on(['GET', 'HEAD', 'PUT'], ['/__https/:id', '/__https/:id/*'], serve);
}
