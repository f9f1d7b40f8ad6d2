/**
 * Pause rule CRUD (docs/protocol/endpoint-manager.md) for administrators / activity managers of the rule's
 * collection, and `endpoint/{id}/my_effective_pause_rule_list` (rules that apply to the caller).
 * Shapes: `pause_rule` items of fixture transfer.task_pause_info.json; list
 * `{"DATA_TYPE":"pause_rule_list","DATA":[…]}` (docs/protocol/endpoint-manager.md); delete → result `Deleted`.
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import { readJson, resultDoc } from '../transfer/body';
import { callerOf } from '../transfer/caller';
import { findCollection } from '../transfer/collection-access';
import { manages, monitors } from './manager-access';
import {
  applyPauseRuleBody,
  newPauseRule,
  PAUSE_FLAGS,
  pauseRuleDoc,
  rulesForEndpoint,
  type PauseRule,
} from './pause-rules';
import { fieldText } from '../core/text';

function editableRule(c: Context<EmuEnv>): PauseRule | Response {
  const world = c.get('emu').world;
  const rule = world.tasks.pauseRules.get(c.req.param('id') ?? '');
  if (!rule) return transferError(c, 404, 'ClientError.NotFound', 'No such pause rule');
  const col = world.collection(rule.endpointId);
  if (!col || !manages(world, col, callerOf(c)))
    return transferError(c, 403, 'PermissionDenied', 'You cannot manage pause rules on this collection');
  return rule;
}

/** A rule that pauses nothing is refused (provisional: the real service's wording is not recorded). */
function noOperation(rule: PauseRule): string | null {
  return PAUSE_FLAGS.some((k) => rule[k]) ? null : 'A pause rule must pause at least one operation';
}

export function registerPauseRuleRoutes(app: Hono<EmuEnv>): void {
  app.get('/v0.10/endpoint_manager/pause_rule_list', (c) => {
    const world = c.get('emu').world;
    const caller = callerOf(c);
    const ep = c.req.query('filter_endpoint')?.toLowerCase();
    const host = c.req.query('filter_host_endpoint')?.toLowerCase();
    const data = [...world.tasks.pauseRules.values()].filter((r) => {
      const col = world.collection(r.endpointId);
      if (!col || !monitors(world, col, caller)) return false;
      return (!ep || r.endpointId === ep) && (!host || col.hostCollectionId === host || col.id === host);
    });
    return c.json({ DATA_TYPE: 'pause_rule_list', DATA: data.map((r) => pauseRuleDoc(world, r)) });
  });

  app.post('/v0.10/endpoint_manager/pause_rule', async (c) => {
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const col = findCollection(c, fieldText(body.endpoint_id));
    if (col instanceof Response) return col;
    const world = c.get('emu').world;
    const caller = callerOf(c);
    if (!manages(world, col, caller))
      return transferError(c, 403, 'PermissionDenied', 'You cannot manage pause rules on this collection');
    const rule = newPauseRule(world.nextId('pause-rule'), col.id, caller.accountId);
    const problem = applyPauseRuleBody(rule, body, world) ?? noOperation(rule);
    if (problem) return transferError(c, 400, 'ClientError.BadRequest', problem);
    world.tasks.pauseRules.set(rule.id, rule);
    return c.json(pauseRuleDoc(world, rule));
  });

  app.get('/v0.10/endpoint_manager/pause_rule/:id', (c) => {
    const rule = editableRule(c);
    return rule instanceof Response ? rule : c.json(pauseRuleDoc(c.get('emu').world, rule));
  });
  app.put('/v0.10/endpoint_manager/pause_rule/:id', async (c) => {
    const rule = editableRule(c);
    if (rule instanceof Response) return rule;
    const body = await readJson(c);
    if (body instanceof Response) return body;
    const world = c.get('emu').world;
    const copy = { ...rule };
    const problem = applyPauseRuleBody(copy, body, world) ?? noOperation(copy);
    if (problem) return transferError(c, 400, 'ClientError.BadRequest', problem);
    Object.assign(rule, copy, { modifiedById: callerOf(c).accountId });
    return c.json(pauseRuleDoc(world, rule));
  });
  app.delete('/v0.10/endpoint_manager/pause_rule/:id', (c) => {
    const rule = editableRule(c);
    if (rule instanceof Response) return rule;
    c.get('emu').world.tasks.pauseRules.delete(rule.id);
    return c.json(resultDoc(c, 'Deleted', 'Pause rule deleted'));
  });

  app.get('/v0.10/endpoint/:id/my_effective_pause_rule_list', (c) => {
    const col = findCollection(c, c.req.param('id'));
    if (col instanceof Response) return col;
    const world = c.get('emu').world;
    const data = rulesForEndpoint(world, col.id, callerOf(c).accountId, world.now());
    return c.json({ DATA_TYPE: 'pause_rule_list', DATA: data.map((r) => pauseRuleDoc(world, r, true)) });
  });
}
