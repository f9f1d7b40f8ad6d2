/**
 * Bookmarks per account (docs/protocol/transfer.md#bookmarks). Shapes: fixtures transfer.bookmark_list.json
 * (items with `pinned`), transfer.create_bookmark.json, transfer.get_bookmark.json,
 * transfer.update_bookmark.json, transfer.delete_bookmark.json, transfer.error.bookmark_not_found.json.
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import type { Bookmark } from '../core/world';
import { readJson, resultDoc, str } from './body';
import { callerOf } from './caller';
import { findCollection } from './collection-access';

function doc(b: Bookmark): Record<string, unknown> {
  return { DATA_TYPE: 'bookmark', id: b.id, name: b.name, endpoint_id: b.endpointId, path: b.path, pinned: b.pinned };
}

function mine(c: Context<EmuEnv>): Bookmark | Response {
  const b = c.get('emu').world.bookmarks.get(c.req.param('id') ?? '');
  if (!b || b.ownerAccountId !== callerOf(c).accountId)
    return transferError(c, 404, 'BookmarkNotFound', `Bookmark '${c.req.param('id') ?? ''}' not found`);
  return b;
}

export function registerBookmarks(app: Hono<EmuEnv>): void {
  app.get('/v0.10/bookmark_list', (c) => {
    const account = callerOf(c).accountId;
    return c.json({
      DATA_TYPE: 'bookmark_list',
      DATA: [...c.get('emu').world.bookmarks.values()].filter((b) => b.ownerAccountId === account).map(doc),
    });
  });

  app.post('/v0.10/bookmark', async (c) => {
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const name = str(body.name)?.trim();
    const endpointId = str(body.endpoint_id);
    const path = str(body.path);
    if (!name || !endpointId || !path)
      return transferError(c, 400, 'ClientError.BadRequest', 'name, endpoint_id and path are required');
    if (!path.startsWith('/') && !path.startsWith('~'))
      return transferError(c, 400, 'ClientError.BadRequest', 'path must be absolute');
    const col = findCollection(c, endpointId);
    if (col instanceof Response) return col;
    const world = c.get('emu').world;
    const account = callerOf(c).accountId;
    if ([...world.bookmarks.values()].some((b) => b.ownerAccountId === account && b.name === name))
      return transferError(c, 409, 'Exists', `A bookmark named '${name}' already exists`);
    const b: Bookmark = {
      id: world.nextId('bookmark'),
      ownerAccountId: account,
      name,
      endpointId: col.id,
      path,
      pinned: body.pinned === true,
    };
    world.bookmarks.set(b.id, b);
    return c.json(doc(b), 201);
  });

  app.get('/v0.10/bookmark/:id', (c) => {
    const b = mine(c);
    return b instanceof Response ? b : c.json(doc(b));
  });

  app.put('/v0.10/bookmark/:id', async (c) => {
    const b = mine(c);
    if (b instanceof Response) return b;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const name = str(body.name)?.trim();
    if (body.name !== undefined && !name)
      return transferError(c, 400, 'ClientError.BadRequest', 'name cannot be empty');
    if (name) b.name = name;
    if (typeof body.pinned === 'boolean') b.pinned = body.pinned;
    return c.json(doc(b));
  });

  app.delete('/v0.10/bookmark/:id', (c) => {
    const b = mine(c);
    if (b instanceof Response) return b;
    c.get('emu').world.bookmarks.delete(b.id);
    return c.json(resultDoc(c, 'Deleted', `Bookmark '${b.id}' deleted successfully`));
  });
}
