/**
 * The owner's task routes (docs/protocol/tasks.md): task_list, task/{id} GET/PUT, cancel, remove,
 * event_list, successful_transfers, skipped_errors, pause_info. Tasks are visible to the account
 * that submitted them (owner_id = its primary identity): another account's task answers
 * 403 PermissionDenied, an unknown id 404 TaskNotFound
 * (docs/protocol/errors-and-retries.md#transfer-error-codes [?]; emulator choice).
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import { readJson, resultDoc } from '../transfer/body';
import { taskDoc } from './task-doc';
import { cancel } from './task-lifecycle';
import { isFinished, type Task } from './task-model';
import { taskFilter, taskOrder, TaskQueryError } from './task-list-query';
import { eventList, ownerErrorFilter, pauseInfo, skippedErrors, successfulTransfers } from './task-pages';
import { fieldText } from '../core/text';

export function ownTask(c: Context<EmuEnv>): Task | Response {
  const id = c.req.param('id') ?? '';
  const t = c.get('emu').world.tasks.get(id);
  if (!t || t.removed) return transferError(c, 404, 'TaskNotFound', `Task '${id}' not found`);
  if (t.ownerId !== c.get('token').accountId)
    return transferError(c, 403, 'PermissionDenied', `Task '${id}' belongs to another identity`);
  return t;
}

export function registerTaskRoutes(app: Hono<EmuEnv>): void {
  // Shape: fixtures transfer.task_list.json and .paged.page1/2 (offset paging, limit ≤ 1000).
  app.get('/v0.10/task_list', (c) => {
    const world = c.get('emu').world;
    const limit = Number(c.req.query('limit') ?? 10);
    const offset = Number(c.req.query('offset') ?? 0);
    if (
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > 1000 ||
      !Number.isInteger(offset) ||
      offset < 0 ||
      offset + limit > 100_000
    )
      return transferError(c, 400, 'ClientError.BadRequest', 'limit must be 1..1000 and offset + limit at most 100000');
    let matches: Task[];
    try {
      const pred = taskFilter(c.req.query('filter'));
      const owner = c.get('token').accountId;
      matches = world.tasks.ordered
        .filter((t) => t.ownerId === owner && !t.removed && pred(t))
        .sort(taskOrder(c.req.query('orderby')));
    } catch (e) {
      if (e instanceof TaskQueryError) return transferError(c, 400, 'ClientError.BadRequest', e.message);
      throw e;
    }
    const page = matches.slice(offset, offset + limit);
    return c.json({
      DATA_TYPE: 'task_list',
      length: page.length,
      limit,
      offset,
      total: matches.length,
      DATA: page.map((t) => taskDoc(world, t)),
    });
  });

  app.get('/v0.10/task/:id', (c) => {
    const t = ownTask(c);
    return t instanceof Response ? t : c.json(taskDoc(c.get('emu').world, t));
  });

  // docs/protocol/tasks.md#updating-a-task: only label and deadline, only while the task runs.
  app.put('/v0.10/task/:id', async (c) => {
    const t = ownTask(c);
    if (t instanceof Response) return t;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    if (isFinished(t)) return transferError(c, 409, 'Conflict', 'A completed task cannot be updated');
    for (const k of Object.keys(body))
      if (!['DATA_TYPE', 'label', 'deadline', 'task_id'].includes(k))
        return transferError(c, 400, 'ClientError.BadRequest', `Field '${k}' cannot be updated`);
    if (body.label !== undefined) {
      if (body.label !== null && (typeof body.label !== 'string' || body.label.length > 128))
        return transferError(c, 400, 'ClientError.BadRequest', 'label must be text of at most 128 characters');
      t.label = body.label;
    }
    if (body.deadline !== undefined) {
      const d = Date.parse(fieldText(body.deadline).replace(' ', 'T'));
      if (Number.isNaN(d)) return transferError(c, 400, 'ClientError.BadRequest', 'Invalid deadline');
      t.deadline = Math.floor(d / 1000);
      t.userDeadline = true;
    }
    return c.json(resultDoc(c, 'Updated', 'Task updated successfully'));
  });

  // Shape: fixture transfer.cancel_task.json; `TaskComplete` for finished tasks (docs/protocol/tasks.md#cancel-and-remove [?]).
  app.post('/v0.10/task/:id/cancel', (c) => {
    const t = ownTask(c);
    if (t instanceof Response) return t;
    const emu = c.get('emu');
    if (isFinished(t))
      return c.json(resultDoc(c, 'TaskComplete', 'The task completed before the cancel request was processed.'));
    cancel(t, Math.max(t.simTime, emu.clock.nowPrecise()), null);
    emu.world.tasks.running.delete(t);
    return c.json(resultDoc(c, 'Canceled', 'The task has been cancelled successfully.'));
  });

  // docs/protocol/tasks.md#cancel-and-remove [B]: hides a completed task from task_list and task/{id}.
  app.post('/v0.10/task/:id/remove', (c) => {
    const t = ownTask(c);
    if (t instanceof Response) return t;
    if (!isFinished(t)) return transferError(c, 409, 'Conflict', 'An active task cannot be removed; cancel it first');
    t.removed = true;
    return c.json(resultDoc(c, 'Removed', 'The task has been removed successfully.'));
  });

  app.get('/v0.10/task/:id/event_list', (c) => {
    const t = ownTask(c);
    if (t instanceof Response) return t;
    const errors = ownerErrorFilter(c);
    return errors instanceof Response ? errors : eventList(c, t, errors);
  });
  app.get('/v0.10/task/:id/successful_transfers', (c) => {
    const t = ownTask(c);
    return t instanceof Response ? t : successfulTransfers(c, t);
  });
  app.get('/v0.10/task/:id/skipped_errors', (c) => {
    const t = ownTask(c);
    return t instanceof Response ? t : skippedErrors(c, t);
  });
  app.get('/v0.10/task/:id/pause_info', (c) => {
    const t = ownTask(c);
    return t instanceof Response ? t : pauseInfo(c, t);
  });
}
