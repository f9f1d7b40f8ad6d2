/**
 * app.globus.org helper pages (docs/protocol/helper-pages.md): browse-collections (+ legacy
 * /file-manager?action=), legacy web activation (/file-manager?origin_id=), collection
 * page, task page. Plain HTML forms so browser tests can click through them.
 */
import type { Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { esc, hidden, page } from '../core/html';
import { activateFor } from '../transfer/activation';
import { activationState } from '../transfer/endpoint-doc';
import { browse, registerBrowse } from './browse-page';
import { taskDoc } from '../tasks/task-doc';
import { registerHelperLogin, requireHelperLogin } from './helper-session';
import { fieldText } from '../core/text';

export function registerHelperRoutes(app: Hono<EmuEnv>): void {
  registerHelperLogin(app);
  registerBrowse(app);
  app.get('/helpers/browse-collections', (c) => browse(c, '/helpers/browse-collections'));

  app.get('/file-manager', (c) => {
    if (c.req.query('action') !== undefined) return browse(c, '/file-manager');
    const account = requireHelperLogin(c);
    if (typeof account !== 'string') return account;
    const emu = c.get('emu');
    const id = c.req.query('origin_id');
    const col = id ? emu.world.collection(id) : undefined;
    if (!col || col.deleted)
      return c.html(
        page('File Manager', `<p role="alert">No collection ${esc(id ?? '')} is known here.</p>`),
        id ? 404 : 200,
      );
    const state = activationState(col, account, emu.clock.now());
    const needs = col.entityType === 'GCSv4_host' && !state.activated;
    const body = needs
      ? `<p>The endpoint <strong>${esc(col.displayName)}</strong> must be activated before use.</p>
<form method="post" action="/file-manager/activate">${hidden('origin_id', col.id)}${hidden('origin_path', c.req.query('origin_path') ?? '')}<button type="submit">Activate ${esc(col.displayName)}</button></form>`
      : `<p><strong>${esc(col.displayName)}</strong> is ready${col.entityType === 'GCSv4_host' ? ` (activated until ${esc(state.expire_time)})` : ''}.</p>`;
    return c.html(page('File Manager', body));
  });

  app.post('/file-manager/activate', async (c) => {
    const account = requireHelperLogin(c);
    if (typeof account !== 'string') return account;
    const emu = c.get('emu');
    const form = await c.req.parseBody();
    const col = emu.world.collection(fieldText(form.origin_id));
    if (!col || col.deleted) return c.html(page('File Manager', '<p role="alert">Unknown collection.</p>'), 404);
    if (col.entityType === 'GCSv4_host') activateFor(col, account, emu.clock.now());
    return c.redirect(
      `/file-manager?${new URLSearchParams({ origin_id: col.id, origin_path: fieldText(form.origin_path) })}`,
      303,
    );
  });

  app.get('/file-manager/collections/:id', (c) => {
    const col = c.get('emu').world.collection(c.req.param('id'));
    if (!col || col.deleted) return c.html(page('Collection', '<p role="alert">Unknown collection.</p>'), 404);
    return c.html(
      page(
        col.displayName,
        `<dl><dt>ID</dt><dd>${esc(col.id)}</dd><dt>Type</dt><dd>${esc(col.entityType)}</dd><dt>Description</dt><dd>${esc(col.description)}</dd></dl>`,
      ),
    );
  });

  // The app.globus.org task page: the signed-in helper user's own task (others' tasks look unknown).
  app.get('/activity/:taskId', (c) => {
    const account = requireHelperLogin(c);
    if (typeof account !== 'string') return account;
    const world = c.get('emu').world;
    const t = world.tasks.get(c.req.param('taskId'));
    if (!t || t.removed || t.ownerId !== account)
      return c.html(
        page('Activity', `<p role="alert">No task ${esc(c.req.param('taskId'))} is known to this emulator.</p>`),
        404,
      );
    const d = taskDoc(world, t);
    const rows = [
      'label',
      'type',
      'status',
      'nice_status',
      'source_endpoint_display_name',
      'destination_endpoint_display_name',
      'request_time',
      'completion_time',
      'files',
      'files_transferred',
      'bytes_transferred',
      'faults',
    ]
      .map((k) => `<dt>${esc(k)}</dt><dd data-field="${esc(k)}">${esc(d[k] ?? '')}</dd>`)
      .join('');
    return c.html(page(`Task ${t.label ?? t.id}`, `<h2>Task ${esc(t.id)}</h2><dl>${rows}</dl>`));
  });
}
