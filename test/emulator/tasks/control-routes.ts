/**
 * Control API for tasks (outside every Globus path):
 *   GET  /__emulator/engine                     {bandwidthBytesPerSecond, filesPerSecond, maxActivePerType, retrySeconds, clock}
 *   POST /__emulator/engine {bandwidthBytesPerSecond?, filesPerSecond?, fileEventLimit?, clock?: 'manual'|'realtime'}
 *   POST /__emulator/tasks/seed {identity, count, status?, type?, label?}   many tasks at once
 *        (status: 'SUCCEEDED' (default) | 'FAILED' | 'ACTIVE' | 'INACTIVE', or a list cycled over;
 *        seeded ACTIVE/INACTIVE tasks hold still until canceled)
 *   POST /__emulator/storage/generate {collection, path, count, size?}  a folder of `count` files
 *        made on demand (the engine walks it without building it; ls builds it)
 */
import type { Hono } from 'hono';
import type { EmuContext, EmuEnv } from '../core/context';
import { plainError } from '../core/errors';
import { COLLECTIONS } from '../seed/ids';
import { makeGeneratedFolder } from '../vfs/generated';
import { normalizePath } from '../vfs/paths';
import { newTask } from './task-factory';
import type { Task, TaskStatus } from './task-model';
import { fieldText } from '../core/text';

async function body(c: EmuContext): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

const STATUSES: TaskStatus[] = ['SUCCEEDED', 'FAILED', 'ACTIVE', 'INACTIVE'];

function settle(t: Task, status: TaskStatus, i: number): void {
  const c = t.counters;
  const files = 1 + (i % 7);
  Object.assign(c, { files, directories: i % 3, subtasksTotal: files + (i % 3), faults: status === 'FAILED' ? 1 : 0 });
  t.startedAt = t.requestTime;
  t.status = status;
  if (status === 'SUCCEEDED' || status === 'FAILED') {
    t.completionTime = t.requestTime + 5 + (i % 50);
    t.simTime = t.completionTime;
    if (status === 'SUCCEEDED')
      Object.assign(c, {
        filesTransferred: files,
        bytesTransferred: files * 1024 * (1 + (i % 13)),
        subtasksSucceeded: c.subtasksTotal,
      });
    else {
      Object.assign(c, { subtasksFailed: 1, subtasksSucceeded: c.subtasksTotal - 1 });
      t.fatalError = { code: 'PERMISSION_DENIED', description: 'permission denied' };
    }
  } else if (status === 'INACTIVE')
    t.stall = {
      niceStatus: 'CONSENT_REQUIRED',
      description: 'The data_access consent is missing',
      inactive: true,
      paused: false,
    };
}

export function registerTaskControlRoutes(app: Hono<EmuEnv>): void {
  const settings = (c: EmuContext) => ({ ...c.get('emu').engine, clock: c.get('emu').clock.mode });
  app.get('/__emulator/engine', (c) => c.json(settings(c)));
  app.post('/__emulator/engine', async (c) => {
    const emu = c.get('emu');
    const b = await body(c);
    for (const k of ['bandwidthBytesPerSecond', 'filesPerSecond'] as const) {
      if (b[k] === undefined) continue;
      const n = Number(b[k]);
      if (!Number.isFinite(n) || n <= 0) return plainError(c, 400, 'BadRequest', `${k} must be a positive number`);
      emu.engine[k] = n;
    }
    if (b.fileEventLimit !== undefined) {
      const n = Number(b.fileEventLimit);
      if (!Number.isInteger(n) || n < 0)
        return plainError(c, 400, 'BadRequest', 'fileEventLimit must be a non-negative integer');
      emu.engine.fileEventLimit = n;
    }
    if (b.clock !== undefined) {
      if (b.clock !== 'manual' && b.clock !== 'realtime')
        return plainError(c, 400, 'BadRequest', "clock must be 'manual' or 'realtime'");
      emu.clock.setMode(b.clock);
    }
    return c.json(settings(c));
  });

  app.post('/__emulator/tasks/seed', async (c) => {
    const emu = c.get('emu');
    const world = emu.world;
    const b = await body(c);
    const who = fieldText(b.identity);
    const identity = world.identity(who.toLowerCase()) ?? world.identityByUsername(who);
    if (!identity) return plainError(c, 404, 'UnknownIdentity', `No identity '${who}'`);
    const count = Number(b.count ?? 1);
    if (!Number.isInteger(count) || count < 1 || count > 100_000)
      return plainError(c, 400, 'BadRequest', 'count must be 1..100000');
    const statuses = (Array.isArray(b.status) ? b.status : [b.status ?? 'SUCCEEDED']).map(String) as TaskStatus[];
    if (statuses.some((s) => !STATUSES.includes(s)))
      return plainError(c, 400, 'BadRequest', `status must be one of ${STATUSES.join(', ')}`);
    const type = b.type === 'DELETE' ? 'DELETE' : 'TRANSFER';
    const now = emu.clock.now();
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const requestTime = now - (count - i) * 60;
      const t = newTask(world, {
        caller: { accountId: identity.accountId, token: { clientId: emu.options.clients[0]?.id ?? 'seed' } },
        type,
        submissionId: world.nextId('seed-submission'),
        label: `${typeof b.label === 'string' ? b.label : 'Seeded task'} ${i + 1}`,
        deadline: requestTime + 86_400,
        now: requestTime,
        sourceId: COLLECTIONS.tutorial1.id,
        destinationId: type === 'TRANSFER' ? COLLECTIONS.tutorial2.id : null,
        items: [],
        held: true,
        ...(type === 'TRANSFER'
          ? {
              transfer: {
                syncLevel: null,
                verifyChecksum: true,
                preserveTimestamp: false,
                encryptData: false,
                deleteDestinationExtra: false,
                skipSourceErrors: false,
                failOnQuotaErrors: false,
                recursiveSymlinks: 'ignore',
                filterRules: null,
              },
            }
          : { del: { recursive: true, ignoreMissing: false, interpretGlobs: false } }),
      });
      settle(t, statuses[i % statuses.length]!, i);
      ids.push(t.id);
    }
    return c.json({ created: ids.length, task_ids: ids }, 201);
  });

  app.post('/__emulator/storage/generate', async (c) => {
    const world = c.get('emu').world;
    const b = await body(c);
    const col = world.collection(fieldText(b.collection));
    if (!col || !col.storageId) return plainError(c, 404, 'NotFound', 'No such collection with storage');
    const count = Number(b.count);
    const size = Number(b.size ?? 1024);
    if (!Number.isInteger(count) || count < 1 || count > 10_000_000 || !Number.isInteger(size) || size < 0)
      return plainError(c, 400, 'BadRequest', 'count must be 1..10000000 and size a non-negative integer');
    const treePath = world.treePath(col, normalizePath(fieldText(b.path, '/generated/')));
    const tree = world.storage(col);
    const dir = tree.mkdirs(treePath, { mtime: world.now(), user: 'root' });
    makeGeneratedFolder(dir, { path: treePath, count, size, mtime: world.now() });
    return c.json({ collection: col.id, path: b.path ?? '/generated/', count, size }, 201);
  });
}
