/**
 * endpoint_manager/task_list filters (docs/protocol/endpoint-manager.md): filter_status, filter_task_id,
 * filter_owner_id, filter_endpoint (+ filter_endpoint_use source|destination),
 * filter_is_paused, filter_completion_time (start,end), filter_min_faults, filter_local_user.
 */
import type { Context } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import type { World } from '../core/world';
import type { Task } from './task-model';

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function managerTaskFilter(c: Context<EmuEnv>, world: World): ((t: Task) => boolean) | Response {
  const q = (k: string) => c.req.query(k);
  const preds: ((t: Task) => boolean)[] = [];
  const bad = (m: string) => transferError(c, 400, 'ClientError.BadRequest', m);
  if (q('filter_status')) {
    const s = list(q('filter_status')!);
    preds.push((t) => s.includes(t.status));
  }
  if (q('filter_task_id')) {
    const s = list(q('filter_task_id')!.toLowerCase());
    preds.push((t) => s.includes(t.id));
  }
  if (q('filter_owner_id')) {
    const o = q('filter_owner_id')!;
    preds.push((t) => t.ownerId === o);
  }
  const use = q('filter_endpoint_use');
  if (use && !q('filter_endpoint')) return bad('filter_endpoint_use needs filter_endpoint');
  if (use && use !== 'source' && use !== 'destination')
    return bad("filter_endpoint_use must be 'source' or 'destination'");
  if (q('filter_endpoint')) {
    const e = q('filter_endpoint')!.toLowerCase();
    preds.push((t) => (use !== 'destination' && t.sourceId === e) || (use !== 'source' && t.destinationId === e));
  }
  if (q('filter_is_paused')) {
    const want = /^(1|true)$/i.test(q('filter_is_paused')!);
    preds.push((t) => !!t.stall?.paused === want);
  }
  if (q('filter_completion_time')) {
    const [a = '', b = ''] = q('filter_completion_time')!.split(',');
    const from = a ? Date.parse(a.replace(' ', 'T')) / 1000 : null;
    const to = b ? Date.parse(b.replace(' ', 'T')) / 1000 : null;
    if (Number.isNaN(from) || Number.isNaN(to)) return bad('filter_completion_time must be start,end');
    preds.push(
      (t) =>
        t.completionTime !== null &&
        (from === null || t.completionTime >= from) &&
        (to === null || t.completionTime <= to),
    );
  }
  if (q('filter_min_faults')) {
    const n = Number(q('filter_min_faults'));
    if (!Number.isInteger(n) || n < 0) return bad('filter_min_faults must be a non-negative integer');
    preds.push((t) => t.counters.faults >= n);
  }
  if (q('filter_local_user')) {
    const u = q('filter_local_user')!;
    preds.push((t) => world.identity(t.ownerId)?.localUser === u);
  }
  return (t) => preds.every((p) => p(t));
}
