/**
 * Paged sub-documents shared by /task/{id}/… and /endpoint_manager/task/{id}/…:
 * event_list (offset paging, fixture transfer.task_event_list.json), successful_transfers
 * (marker paging, fixture transfer.endpoint_manager_task_successful_transfers.json),
 * skipped_errors (marker paging, fixture transfer.task_skipped_errors.json) and pause_info
 * (fixture transfer.task_pause_info.json). Marker = index of the first record; page size
 * 1000 unless `limit` is given (an emulator convenience for tests; provisional).
 */
import type { Context } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import { eventDoc, skippedDoc } from './task-doc';
import { rulesFor, pauseRuleDoc } from './pause-rules';
import type { Task } from './task-model';

function intParam(c: Context<EmuEnv>, name: string, dflt: number, max: number): number | Response {
  const raw = c.req.query(name);
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max)
    return transferError(c, 400, 'ClientError.BadRequest', `${name} must be an integer 0..${max}`);
  return n;
}

export function eventList(c: Context<EmuEnv>, t: Task, errorsOnly: boolean | null): Response {
  const limit = intParam(c, 'limit', 10, 1000);
  if (limit instanceof Response) return limit;
  const offset = intParam(c, 'offset', 0, 1_000_000);
  if (offset instanceof Response) return offset;
  // Newest first, as the live service lists them.
  const all = t.events.filter((e) => errorsOnly === null || e.isError === errorsOnly).reverse();
  const page = all.slice(offset, offset + limit);
  return c.json({
    DATA_TYPE: 'event_list',
    length: page.length,
    limit,
    offset,
    total: all.length,
    DATA: page.map(eventDoc),
  });
}

/** `filter=is_error:1` (docs/protocol/tasks.md#task-events [B]) for the owner's route. */
export function ownerErrorFilter(c: Context<EmuEnv>): boolean | null | Response {
  const f = c.req.query('filter');
  if (!f) return null;
  const m = /^is_error:([01])$/.exec(f);
  if (!m) return transferError(c, 400, 'ClientError.BadRequest', `Unsupported event filter '${f}'`);
  return m[1] === '1';
}

function markerPage<T>(c: Context<EmuEnv>, items: T[]): { page: T[]; marker: number; next: number | null } | Response {
  const marker = intParam(c, 'marker', 0, Number.MAX_SAFE_INTEGER);
  if (marker instanceof Response) return marker;
  const limit = intParam(c, 'limit', 1000, 1000);
  if (limit instanceof Response) return limit;
  const page = items.slice(marker, marker + Math.max(1, limit));
  const end = marker + page.length;
  return { page, marker, next: end < items.length ? end : null };
}

export function successfulTransfers(c: Context<EmuEnv>, t: Task): Response {
  const p = markerPage(c, t.successful);
  if (p instanceof Response) return p;
  return c.json({
    DATA_TYPE: 'successful_transfers',
    marker: p.marker,
    next_marker: p.next,
    DATA: p.page.map(([s, d]) => ({ DATA_TYPE: 'successful_transfer', destination_path: d, source_path: s })),
  });
}

export function skippedErrors(c: Context<EmuEnv>, t: Task): Response {
  const p = markerPage(c, t.skipped);
  if (p instanceof Response) return p;
  return c.json({ DATA_TYPE: 'skipped_errors', marker: p.marker, next_marker: p.next, DATA: p.page.map(skippedDoc) });
}

export function pauseInfo(c: Context<EmuEnv>, t: Task): Response {
  const world = c.get('emu').world;
  const found = t.status === 'ACTIVE' || t.status === 'INACTIVE' ? rulesFor(world, t, world.now()) : [];
  const first = found[0];
  const msg = (side: 'source' | 'destination') => found.find((f) => f.side === side)?.rule.message ?? null;
  return c.json({
    endpoint_display_name: first ? (world.collection(first.rule.endpointId)?.displayName ?? null) : null,
    message: first?.rule.message ?? t.adminPause?.message ?? null,
    source_pause_message: msg('source'),
    source_pause_message_share: null,
    destination_pause_message: msg('destination'),
    destination_pause_message_share: null,
    pause_rules: found.map((f) => pauseRuleDoc(world, f.rule, true)),
  });
}
