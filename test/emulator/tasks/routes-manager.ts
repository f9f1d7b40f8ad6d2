/**
 * Endpoint-manager routes (docs/protocol/endpoint-manager.md): monitored_endpoints, endpoint/{id} (+ hosted list,
 * access_list), task_list with last_key paging and filters (fixtures
 * transfer.endpoint_manager_task_list*.json), task twins, admin_cancel / admin_pause /
 * admin_resume (provisional result shapes: only the request bodies are documented). An admin cancel is
 * asynchronous: its document (`{DATA_TYPE, id (integer), message, task_id_list, done}`, as the JS SDK types
 * it) says `done: false` until ADMIN_CANCEL_SECONDS of the logical clock have passed; then the tasks still
 * running are cancelled and the ones that finished meanwhile are left as they are.
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { baseUrlOf } from '../core/context';
import { transferError } from '../core/errors';
import { readJson, resultDoc } from '../transfer/body';
import { callerOf, isGuest } from '../transfer/caller';
import { findCollection } from '../transfer/collection-access';
import { endpointDoc } from '../transfer/endpoint-doc';
import { accessDoc } from '../transfer/sharing';
import { managerTaskDoc } from './task-doc';
import { cancel, setStall } from './task-lifecycle';
import { stallOf } from './task-checks';
import { isFinished, type Task } from './task-model';
import type { AdminCancel } from './task-store';
import type { Emu } from '../core/context';
import { eventList, pauseInfo, skippedErrors, successfulTransfers } from './task-pages';
import { canSee, managedSides, monitors } from './manager-access';
import { managerTaskFilter } from './manager-query';

function managedTask(c: Context<EmuEnv>): Task | Response {
  const id = c.req.param('id') ?? '';
  const world = c.get('emu').world;
  const t = world.tasks.get(id);
  if (!t) return transferError(c, 404, 'TaskNotFound', `Task '${id}' not found`);
  if (!canSee(world, t, callerOf(c)))
    return transferError(
      c,
      403,
      'PermissionDenied',
      `You do not have an activity role on either collection of task '${id}'`,
    );
  return t;
}

function managedCollection(c: Context<EmuEnv>): ReturnType<typeof findCollection> {
  const col = findCollection(c, c.req.param('id') ?? '');
  if (col instanceof Response) return col;
  if (!monitors(c.get('emu').world, col, callerOf(c)))
    return transferError(c, 403, 'PermissionDenied', `You do not have an activity role on '${col.id}'`);
  return col;
}

function taskIdList(c: Context<EmuEnv>, body: Record<string, unknown>): Task[] | Response {
  const ids = body.task_id_list;
  if (!Array.isArray(ids) || ids.length === 0 || ids.some((x) => typeof x !== 'string'))
    return transferError(c, 400, 'ClientError.BadRequest', 'task_id_list must be a non-empty list of task ids');
  const world = c.get('emu').world;
  const caller = callerOf(c);
  const out: Task[] = [];
  for (const id of ids as string[]) {
    const t = world.tasks.get(id);
    if (!t) return transferError(c, 404, 'TaskNotFound', `Task '${id}' not found`);
    const sides = managedSides(world, t, caller, true);
    if (!sides.source && !sides.destination)
      return transferError(c, 403, 'PermissionDenied', `You cannot manage task '${id}'`);
    out.push(t);
  }
  return out;
}

export function registerManagerRoutes(app: Hono<EmuEnv>): void {
  app.get('/v0.10/endpoint_manager/monitored_endpoints', (c) => {
    const world = c.get('emu').world;
    const caller = callerOf(c);
    const data = [...world.collections.values()]
      .filter((col) => !col.deleted && monitors(world, col, caller))
      .map((col) => endpointDoc(world, col, caller, baseUrlOf(c)));
    return c.json({ DATA_TYPE: 'endpoint_list', DATA: data });
  });

  app.get('/v0.10/endpoint_manager/endpoint/:id', (c) => {
    const col = managedCollection(c);
    return col instanceof Response ? col : c.json(endpointDoc(c.get('emu').world, col, callerOf(c), baseUrlOf(c)));
  });
  app.get('/v0.10/endpoint_manager/endpoint/:id/hosted_endpoint_list', (c) => {
    const col = managedCollection(c);
    if (col instanceof Response) return col;
    const world = c.get('emu').world;
    const data = [...world.collections.values()]
      .filter((g) => !g.deleted && g.hostCollectionId === col.id && isGuest(g))
      .map((g) => endpointDoc(world, g, callerOf(c), baseUrlOf(c)));
    return c.json({ DATA_TYPE: 'endpoint_list', DATA: data });
  });
  app.get('/v0.10/endpoint_manager/endpoint/:id/access_list', (c) => {
    const col = managedCollection(c);
    if (col instanceof Response) return col;
    const data = col.acl.map(accessDoc);
    return c.json({ DATA_TYPE: 'access_list', endpoint: col.id, length: data.length, DATA: data });
  });

  // last_key = opaque position in (request_time DESC) order; page size `limit` (default 10, max 1000).
  app.get('/v0.10/endpoint_manager/task_list', (c) => {
    const world = c.get('emu').world;
    const caller = callerOf(c);
    const limit = Number(c.req.query('limit') ?? 10);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      return transferError(c, 400, 'ClientError.BadRequest', 'limit must be 1..1000');
    const pred = managerTaskFilter(c, world);
    if (pred instanceof Response) return pred;
    const rawKey = c.req.query('last_key');
    const start = rawKey ? Number(/^pos,(\d+)$/.exec(rawKey)?.[1] ?? NaN) : 0;
    if (!Number.isInteger(start))
      return transferError(c, 400, 'ClientError.BadRequest', `Invalid last_key '${rawKey}'`);
    const matches: Task[] = [];
    for (let i = world.tasks.ordered.length - 1; i >= 0; i--) {
      const t = world.tasks.ordered[i]!;
      if (canSee(world, t, caller) && pred(t)) matches.push(t);
    }
    const page = matches.slice(start, start + limit);
    const end = start + page.length;
    return c.json({
      DATA_TYPE: 'task_list',
      last_key: `pos,${end}`,
      limit,
      has_next_page: end < matches.length,
      DATA: page.map((t) => managerTaskDoc(world, t)),
    });
  });

  app.get('/v0.10/endpoint_manager/task/:id', (c) => {
    const t = managedTask(c);
    return t instanceof Response ? t : c.json(managerTaskDoc(c.get('emu').world, t));
  });
  app.get('/v0.10/endpoint_manager/task/:id/event_list', (c) => {
    const t = managedTask(c);
    if (t instanceof Response) return t;
    const f = c.req.query('filter_is_error');
    if (f !== undefined && f !== '0' && f !== '1')
      return transferError(c, 400, 'ClientError.BadRequest', 'filter_is_error must be 0 or 1');
    return eventList(c, t, f === undefined ? null : f === '1');
  });
  app.get('/v0.10/endpoint_manager/task/:id/pause_info', (c) => {
    const t = managedTask(c);
    return t instanceof Response ? t : pauseInfo(c, t);
  });
  app.get('/v0.10/endpoint_manager/task/:id/successful_transfers', (c) => {
    const t = managedTask(c);
    return t instanceof Response ? t : successfulTransfers(c, t);
  });
  app.get('/v0.10/endpoint_manager/task/:id/skipped_errors', (c) => {
    const t = managedTask(c);
    return t instanceof Response ? t : skippedErrors(c, t);
  });

  app.post('/v0.10/endpoint_manager/admin_cancel', async (c) => {
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const tasks = taskIdList(c, body);
    if (tasks instanceof Response) return tasks;
    const emu = c.get('emu');
    const caller = callerOf(c);
    const sides: NonNullable<AdminCancel['sides']> = {};
    for (const t of tasks) {
      const s = managedSides(emu.world, t, caller, true);
      sides[t.id] = s.source && s.destination ? 'BOTH' : s.source ? 'SOURCE' : 'DESTINATION';
    }
    const rec: AdminCancel = {
      id: String(emu.world.tasks.adminCancels.size + 1),
      taskIds: tasks.map((t) => t.id),
      message: typeof body.message === 'string' ? body.message : '',
      createdBy: caller.accountId,
      time: emu.clock.now(),
      done: false,
      sides,
    };
    emu.world.tasks.adminCancels.set(rec.id, rec);
    return c.json(adminCancelDoc(rec), 202);
  });
  app.get('/v0.10/endpoint_manager/admin_cancel/:id', (c) => {
    const rec = c.get('emu').world.tasks.adminCancels.get(c.req.param('id'));
    if (!rec || rec.createdBy !== callerOf(c).accountId)
      return transferError(c, 404, 'ClientError.NotFound', 'No such admin_cancel');
    return c.json(adminCancelDoc(rec));
  });

  for (const action of ['admin_pause', 'admin_resume'] as const) {
    app.post(`/v0.10/endpoint_manager/${action}`, async (c) => {
      const body = await readJson(c);
      if (body instanceof Response) return body;
      const tasks = taskIdList(c, body);
      if (tasks instanceof Response) return tasks;
      const message = typeof body.message === 'string' ? body.message : '';
      const emu = c.get('emu');
      for (const t of tasks) {
        if (isFinished(t)) continue;
        t.adminPause = action === 'admin_pause' ? { message } : null;
        // Takes effect at once (is_paused, PAUSED / UNPAUSED events), not at the engine's next step.
        setStall(t, stallOf(emu, t, t.simTime), t.simTime);
      }
      return c.json(
        resultDoc(
          c,
          action === 'admin_pause' ? 'PauseAccepted' : 'ResumeAccepted',
          `${tasks.length} task(s) ${action === 'admin_pause' ? 'paused' : 'resumed'}`,
        ),
      );
    });
  }
}

/** Logical seconds an admin cancel takes to reach its tasks (provisional). */
export const ADMIN_CANCEL_SECONDS = 30;

/** Processes the admin cancels whose time has come; the request hook calls it before every request. */
export function settleAdminCancels(emu: Emu): void {
  const now = emu.clock.now();
  for (const rec of emu.world.tasks.adminCancels.values()) {
    const due = rec.time + ADMIN_CANCEL_SECONDS;
    if (rec.done !== false || now < due) continue;
    for (const id of rec.taskIds) {
      const t = emu.world.tasks.get(id);
      if (!t || isFinished(t)) continue;
      t.canceledByAdmin = rec.sides?.[id] ?? 'BOTH';
      t.canceledByAdminMessage = rec.message;
      cancel(t, Math.max(t.simTime, due), rec.message);
      emu.world.tasks.running.delete(t);
    }
    rec.done = true;
  }
}

function adminCancelDoc(rec: AdminCancel): Record<string, unknown> {
  return {
    DATA_TYPE: 'admin_cancel',
    id: Number(rec.id),
    message: rec.message,
    task_id_list: rec.taskIds,
    done: rec.done !== false,
  };
}
