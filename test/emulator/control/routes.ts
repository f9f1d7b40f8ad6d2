/**
 * Control API under /__emulator/ (outside every Globus path; docs/architecture.md#emulator):
 *   GET  state                      the world, tasks, storage, clock (a valid seed), tokens and faults
 *   POST seed <state document>      reset, then load a state dump
 *   POST reset                      back to the canonical seed (clears faults, tokens, sessions)
 *   GET  clock                      {now, iso}
 *   POST clock/advance {seconds}    move the logical clock forward
 *   POST clients {id?, name, redirectUris}   register a client (returns it)
 *   POST faults {method?, path, times?, skip?, status?, code?, message?, retryAfter?, latencyMs?, drop?, dropAfterBytes?, bytesPerSecond?}
 *   GET  faults / DELETE faults
 *   POST tokens/expire {identity?}  expire access tokens (all, or of one identity's account)
 *   POST tokens/revoke {identity?}  revoke access and refresh tokens likewise
 *   POST tokens/rotation {enabled}  rotate refresh tokens on each refresh (the used one stops working)
 *   POST tokens/issue {identity, clientId, scope}   a finished login without its pages (control/token-issue.ts)
 *   POST collections/{id}/disconnect | reconnect   GCP connectivity (GCDisconnected 502 while off)
 *   POST collections/{id}/quota {freeBytes|null}   space left on the collection's storage (QUOTA_EXCEEDED)
 *   POST collections/{id}/task-fault {code|null, times?}   CONNECT_FAILED / TIMEOUT / ENDPOINT_ERROR / VERIFY_CHECKSUM for running tasks
 * `identity` accepts an identity id or username.
 */
import type { Hono } from 'hono';
import type { EmuContext, EmuEnv } from '../core/context';
import { plainError } from '../core/errors';
import { TASK_FAULT_CODES, type TaskFaultCode } from '../core/world';
import { catchUp } from '../tasks/engine';
import { dumpState, loadState, stateProblem, type StateDoc } from './state';
import { fieldText } from '../core/text';
import { registerTokenIssue } from './token-issue';

async function jsonBody(c: EmuContext): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (!text) return {};
  return JSON.parse(text) as Record<string, unknown>;
}

/** The JSON body, or the 400 answer to give when it is not JSON. */
async function bodyOr400(c: EmuContext): Promise<Record<string, unknown> | Response> {
  try {
    return await jsonBody(c);
  } catch {
    return plainError(c, 400, 'BadRequest', 'the body must be JSON');
  }
}

function accountFilter(c: EmuContext, who: unknown): ((accountId: string) => boolean) | Response {
  if (who === undefined || who === null || who === '') return () => true;
  const world = c.get('emu').world;
  const name = fieldText(who);
  const identity = world.identity(name.toLowerCase()) ?? world.identityByUsername(name);
  if (!identity) return plainError(c, 404, 'UnknownIdentity', `No identity '${name}'`);
  return (accountId) => accountId === identity.accountId;
}

export function registerControlRoutes(app: Hono<EmuEnv>): void {
  app.get('/__emulator/state', (c) => c.json(dumpState(c.get('emu'))));

  // A state dump is a valid seed: reset, then load it (control/state.ts).
  app.post('/__emulator/seed', async (c) => {
    let doc: unknown;
    try {
      doc = JSON.parse(await c.req.text());
    } catch {
      return plainError(c, 400, 'BadRequest', 'the body must be JSON');
    }
    const problem = stateProblem(doc);
    if (problem) return plainError(c, 400, 'BadRequest', problem);
    const emu = c.get('emu');
    loadState(emu, doc as StateDoc);
    const w = emu.world;
    return c.json({
      loaded: true,
      identities: w.identities.size,
      collections: w.collections.size,
      tasks: w.tasks.ordered.length,
      storages: w.storages.size,
    });
  });

  app.post('/__emulator/reset', (c) => {
    c.get('emu').reset();
    return c.json({ reset: true });
  });

  app.get('/__emulator/clock', (c) => {
    const now = c.get('emu').clock.now();
    return c.json({ now, iso: new Date(now * 1000).toISOString() });
  });

  app.post('/__emulator/clock/advance', async (c) => {
    const body = await jsonBody(c);
    const seconds = Number(body.seconds);
    if (!Number.isFinite(seconds) || seconds < 0)
      return plainError(c, 400, 'BadRequest', 'seconds must be a non-negative number');
    const emu = c.get('emu');
    const now = emu.clock.advance(seconds);
    // Tasks run up to the new time before the answer, however much work that is.
    catchUp(emu);
    return c.json({ now, iso: new Date(now * 1000).toISOString() });
  });

  app.post('/__emulator/clients', async (c) => {
    const emu = c.get('emu');
    const body = await jsonBody(c);
    const redirectUris = Array.isArray(body.redirectUris) ? body.redirectUris.map(String) : [];
    if (redirectUris.length === 0) return plainError(c, 400, 'BadRequest', 'redirectUris must list at least one URI');
    const client = {
      id: typeof body.id === 'string' ? body.id : emu.ids.uuid('client'),
      name: typeof body.name === 'string' ? body.name : 'Registered client',
      redirectUris,
    };
    emu.auth.clients.set(client.id, client);
    return c.json(client, 201);
  });

  app.get('/__emulator/faults', (c) => c.json({ faults: c.get('emu').faults.list() }));
  app.post('/__emulator/faults', async (c) => {
    try {
      const rule = c.get('emu').faults.add((await jsonBody(c)) as never);
      return c.json(rule, 201);
    } catch (e) {
      return plainError(c, 400, 'BadRequest', String((e as Error).message));
    }
  });
  app.delete('/__emulator/faults', (c) => {
    c.get('emu').faults.clear();
    return c.json({ faults: [] });
  });

  for (const action of ['expire', 'revoke'] as const) {
    app.post(`/__emulator/tokens/${action}`, async (c) => {
      const emu = c.get('emu');
      const match = accountFilter(c, (await jsonBody(c)).identity);
      if (match instanceof Response) return match;
      let count = 0;
      for (const t of emu.auth.tokens.all()) {
        if (!match(t.accountId) || t.revoked) continue;
        if (action === 'revoke') emu.auth.tokens.revoke(t.value);
        else if (t.kind === 'access') t.expiresAt = emu.clock.now();
        else continue;
        count++;
      }
      return c.json({ [action === 'revoke' ? 'revoked' : 'expired']: count });
    });
  }

  registerTokenIssue(app);

  app.post('/__emulator/tokens/rotation', async (c) => {
    const body = await bodyOr400(c);
    if (body instanceof Response) return body;
    if (typeof body.enabled !== 'boolean') return plainError(c, 400, 'BadRequest', "'enabled' must be true or false");
    const auth = c.get('emu').auth;
    auth.rotateRefreshTokens = body.enabled;
    return c.json({ rotateRefreshTokens: auth.rotateRefreshTokens });
  });

  // Space left on a collection's storage (shared by the collections on it); null lifts the quota.
  app.post('/__emulator/collections/:id/quota', async (c) => {
    const world = c.get('emu').world;
    const col = world.collection(c.req.param('id'));
    if (!col) return plainError(c, 404, 'NotFound', 'No such collection');
    const body = await bodyOr400(c);
    if (body instanceof Response) return body;
    const free = body.freeBytes;
    if (free !== null && !(typeof free === 'number' && Number.isFinite(free) && free >= 0))
      return plainError(c, 400, 'BadRequest', "'freeBytes' must be a non-negative number, or null for no quota");
    const tree = world.storage(col);
    tree.freeBytes = free;
    return c.json({ id: col.id, storage: tree.id, free_bytes: tree.freeBytes });
  });

  // Faults a running task meets on the collection's server: the next `times` units touching it retry with `code`.
  app.post('/__emulator/collections/:id/task-fault', async (c) => {
    const col = c.get('emu').world.collection(c.req.param('id'));
    if (!col) return plainError(c, 404, 'NotFound', 'No such collection');
    const body = await bodyOr400(c);
    if (body instanceof Response) return body;
    const code = body.code ?? null;
    const times = body.times ?? 1;
    if (code !== null && !TASK_FAULT_CODES.includes(code as TaskFaultCode))
      return plainError(c, 400, 'BadRequest', `'code' must be one of ${TASK_FAULT_CODES.join(', ')}, or null to clear`);
    if (!(typeof times === 'number' && Number.isInteger(times) && times >= 0))
      return plainError(c, 400, 'BadRequest', "'times' must be a non-negative integer");
    col.taskFault = code === null || times === 0 ? null : { code: code as TaskFaultCode, remaining: times };
    return c.json({ id: col.id, task_fault: col.taskFault });
  });

  for (const action of ['disconnect', 'reconnect'] as const) {
    app.post(`/__emulator/collections/:id/${action}`, (c) => {
      const col = c.get('emu').world.collection(c.req.param('id'));
      if (!col) return plainError(c, 404, 'NotFound', 'No such collection');
      if (!col.entityType.startsWith('GCP_'))
        return plainError(c, 400, 'BadRequest', 'Only Globus Connect Personal collections can be disconnected');
      col.gcpConnected = action === 'reconnect';
      return c.json({ id: col.id, gcp_connected: col.gcpConnected });
    });
  }
}
