/**
 * Collection HTTPS servers at `<url>/__https/<collection_id>/<path>` (the collection's
 * `https_server`). GET/HEAD download (single `Range` supported, `?download` adds
 * Content-Disposition), PUT upload. Bearer token whose resource_server is the collection
 * id (scope `https://auth.globus.org/scopes/<id>/https`); a GET without Authorization
 * but with the emulator's browser session is served too (GCS authenticates navigations
 * itself through Globus Auth single sign-on — see
 * docs/protocol/https-access.md#cors-and-the-navigation-fallback). Response/error bodies are
 * provisional: `{code, message}`.
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { checkBearer } from '../core/bearer';
import { plainError } from '../core/errors';
import { sessionAccount, sessionToken } from '../auth/session-cookie';
import { contentStream, seededBytes } from '../vfs/content';
import { baseName, normalizePath, parentPath } from '../vfs/paths';
import type { TokenRecord } from '../auth/auth-state';
import { callerForAccount, localUserFor, pathPermission } from '../transfer/caller';

const TYPES: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv',
  json: 'application/json',
  md: 'text/markdown',
  pdf: 'application/pdf',
  html: 'text/html',
};

function contentType(name: string): string {
  return TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

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
  const emu = c.get('emu');
  const world = emu.world;
  const id = c.req.param('id')!.toLowerCase();
  const col = world.collection(id);
  if (!col || col.deleted || !col.httpsEnabled)
    return plainError(c, 404, 'not_found', 'No HTTPS server for this collection');
  const token = authenticate(c, id);
  if (token instanceof Response) return token;
  const caller = callerForAccount(world, token);
  const path = pathFromUrl(c, id);
  const perm = pathPermission(world, col, caller, path);
  const tree = world.storage(col);
  if (c.req.method === 'PUT') {
    if (perm !== 'rw') return plainError(c, 403, 'permission_denied', `Writing ${path} is not allowed`);
    const parent = tree.tryStat(world.treePath(col, parentPath(path)), true);
    if (!parent || parent.kind !== 'dir')
      return plainError(c, 404, 'not_found', `Folder ${parentPath(path)} does not exist`);
    const existing = tree.tryStat(world.treePath(col, path), true);
    if (existing?.kind === 'dir') return plainError(c, 409, 'is_a_directory', `${path} is a directory`);
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (!tree.fits(world.treePath(col, path), bytes.byteLength))
      return plainError(c, 507, 'quota_exceeded', `Not enough space left under the storage quota to write ${path}`);
    tree.writeFile(world.treePath(col, path), {
      size: bytes.byteLength,
      content: { bytes },
      mtime: world.now(),
      user: localUserFor(world, col, caller),
    });
    return c.json({ code: 'success', path, size: bytes.byteLength }, existing ? 200 : 201);
  }
  if (!perm) return plainError(c, 403, 'permission_denied', `Reading ${path} is not allowed`);
  const node = tree.tryStat(world.treePath(col, path), true);
  if (!node) return plainError(c, 404, 'not_found', `${path} does not exist`);
  if (node.kind !== 'file') return plainError(c, 400, 'is_a_directory', `${path} is a directory`);
  const headers: Record<string, string> = {
    'Content-Type': contentType(baseName(path)),
    'Last-Modified': new Date(node.mtime * 1000).toUTCString(),
    'Accept-Ranges': 'bytes',
  };
  if (c.req.query('download') !== undefined)
    headers['Content-Disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(baseName(path))}`;
  const range = /^bytes=(\d*)-(\d*)$/.exec(c.req.header('range') ?? '');
  if (range && (range[1] || range[2])) {
    const start = range[1] ? Number(range[1]) : Math.max(0, node.size - Number(range[2]));
    const end = range[1] && range[2] ? Math.min(node.size - 1, Number(range[2])) : node.size - 1;
    if (start >= node.size || start > end)
      return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${node.size}` } });
    const body =
      'bytes' in node.content
        ? node.content.bytes.subarray(start, end + 1)
        : seededBytes(node.content.seed, node.size, start, end + 1);
    return new Response(c.req.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
      status: 206,
      headers: {
        ...headers,
        'Content-Range': `bytes ${start}-${end}/${node.size}`,
        'Content-Length': String(end - start + 1),
      },
    });
  }
  headers['Content-Length'] = String(node.size);
  return new Response(c.req.method === 'HEAD' ? null : contentStream(node.content, node.size), {
    status: 200,
    headers,
  });
}

export function registerHttpsRoutes(app: Hono<EmuEnv>): void {
  app.on(['GET', 'HEAD', 'PUT'], ['/__https/:id', '/__https/:id/*'], serve);
}
