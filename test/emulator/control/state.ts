/**
 * The state dump (`GET /__emulator/state`) and loading it back (`POST /__emulator/seed`):
 * a dump is itself a valid seed (docs/architecture.md#emulator). It carries the world — registered clients,
 * identities, groups, collections with roles / ACLs / activations, bookmarks, consents,
 * storage trees (generated folders by their generator), tasks with their counters, events and
 * records, pause rules, admin cancels — plus the clock, engine settings and id counter.
 * Sessions, tokens and faults are listed for inspection but not restored: after a load
 * everyone signs in again. The document layout is the emulator's own (provisional).
 */
import type { Emu } from '../core/context';
import type { Collection, World } from '../core/world';
import { makeBigFolder } from '../seed/sample-tree';
import type { AdminCancel } from '../tasks/task-store';
import type { PauseRule } from '../tasks/pause-rules';
import type { Task } from '../tasks/task-model';
import { resumePlan } from '../tasks/unit-runner';
import { dumpTree, loadTree, type TreeDump } from '../vfs/tree-dump';

type TaskDump = Omit<Task, 'plan'> & { running: boolean };

export interface StateDoc {
  seed: string;
  clock: { now: number; precise: number; iso: string; mode: string };
  strict: boolean;
  engine: Emu['engine'];
  ids: { world: number };
  clients: unknown[];
  identities: World['identities'] extends Map<string, infer I> ? I[] : never;
  groups: World['groups'] extends Map<string, infer G> ? G[] : never;
  collections: (Omit<Collection, 'activations'> & { activations: Record<string, number> })[];
  bookmarks: World['bookmarks'] extends Map<string, infer B> ? B[] : never;
  consents: World['consents'];
  recentlyUsed: Record<string, string[]>;
  storages: TreeDump[];
  tasks: TaskDump[];
  taskFreedAt: Record<string, number>;
  pauseRules: PauseRule[];
  adminCancels: AdminCancel[];
  sessions: unknown[];
  tokens: unknown[];
  faults: unknown[];
}

export function dumpState(emu: Emu): StateDoc {
  const w = emu.world;
  const store = w.tasks;
  const now = emu.clock.now();
  return {
    seed: emu.options.seed,
    clock: { now, precise: emu.clock.nowPrecise(), iso: new Date(now * 1000).toISOString(), mode: emu.clock.mode },
    strict: emu.options.strict,
    engine: { ...emu.engine },
    ids: { world: w.ids.position },
    clients: [...emu.auth.clients.values()],
    identities: [...w.identities.values()],
    groups: [...w.groups.values()],
    collections: [...w.collections.values()].map((col) => ({
      ...col,
      activations: Object.fromEntries(col.activations),
    })),
    bookmarks: [...w.bookmarks.values()],
    consents: w.consents,
    recentlyUsed: Object.fromEntries(w.recentlyUsed),
    storages: [...w.storages.values()].map(dumpTree),
    tasks: store.ordered.map((task) => {
      const { plan: _plan, ...t } = task;
      return { ...t, running: store.running.has(task) };
    }),
    taskFreedAt: Object.fromEntries(store.freedAt),
    pauseRules: [...store.pauseRules.values()],
    adminCancels: [...store.adminCancels.values()],
    sessions: [...emu.auth.sessions.values()].map((s) => ({
      id: s.id,
      authentications: [...s.authentications.values()],
    })),
    tokens: emu.auth.tokens.all().map((t) => ({
      kind: t.kind,
      resourceServer: t.resourceServer,
      accountId: t.accountId,
      clientId: t.clientId,
      expiresAt: t.expiresAt,
      revoked: t.revoked,
    })),
    faults: emu.faults.list(),
  };
}

const REQUIRED = ['identities', 'groups', 'collections', 'storages', 'bookmarks', 'consents', 'tasks'] as const;

/** Why `doc` cannot be loaded, or null. */
export function stateProblem(doc: unknown): string | null {
  if (!doc || typeof doc !== 'object') return 'the seed must be a state document (GET /__emulator/state)';
  const d = doc as Record<string, unknown>;
  for (const k of REQUIRED)
    if (!Array.isArray(d[k])) return `'${k}' must be a list (a state document from GET /__emulator/state)`;
  const clock = d.clock as { now?: unknown } | undefined;
  if (!clock || typeof clock.now !== 'number') return "'clock.now' must be a number";
  return null;
}

function refill<K, V>(map: Map<K, V>, entries: [K, V][]): void {
  map.clear();
  for (const [k, v] of entries) map.set(k, v);
}

/** Resets the emulator, then replaces its world with the dumped one. */
export function loadState(emu: Emu, doc: StateDoc): void {
  emu.reset();
  applyState(emu, doc);
}

/** Replaces the world with the dumped one (a freshly reset emulator expected). */
export function applyState(emu: Emu, doc: StateDoc): void {
  const copy = structuredClone(doc);
  if (copy.clock.mode === 'realtime' || copy.clock.mode === 'manual') emu.clock.setMode(copy.clock.mode);
  emu.clock.advanceTo(copy.clock.precise ?? copy.clock.now);
  if (copy.engine) Object.assign(emu.engine, copy.engine);
  if (Array.isArray(copy.clients) && copy.clients.length)
    refill(
      emu.auth.clients,
      (copy.clients as { id: string }[]).map((c) => [c.id, c as never]),
    );
  const w = emu.world;
  refill(
    w.identities,
    copy.identities.map((i) => [i.id, i]),
  );
  refill(
    w.groups,
    copy.groups.map((g) => [g.id, g]),
  );
  refill(
    w.collections,
    copy.collections.map((c) => [
      c.id,
      { ...c, forceEncryption: c.forceEncryption ?? false, activations: new Map(Object.entries(c.activations ?? {})) },
    ]),
  );
  refill(
    w.bookmarks,
    copy.bookmarks.map((b) => [b.id, b]),
  );
  w.consents.splice(0, w.consents.length, ...copy.consents);
  refill(w.recentlyUsed, Object.entries(copy.recentlyUsed ?? {}));
  refill(
    w.storages,
    copy.storages.map((t) => [t.id, loadTree(t, makeBigFolder)]),
  );
  loadTasks(emu, copy);
  if (copy.ids?.world !== undefined) w.ids.seek(copy.ids.world);
}

function loadTasks(emu: Emu, doc: StateDoc): void {
  const store = emu.world.tasks;
  store.byId.clear();
  store.ordered.length = 0;
  store.bySubmission.clear();
  store.running.clear();
  for (const { running, ...rest } of doc.tasks) {
    const t: Task = { ...rest, basePaths: rest.basePaths ?? null, plan: null };
    store.add(t, running);
    // A task that had started continues from where its walk had got to.
    if (running && t.startedAt !== null) resumePlan(emu, t);
  }
  refill(store.freedAt, Object.entries(doc.taskFreedAt ?? {}));
  refill(
    store.pauseRules,
    (doc.pauseRules ?? []).map((r) => [r.id, r]),
  );
  refill(
    store.adminCancels,
    (doc.adminCancels ?? []).map((a) => [a.id, a]),
  );
}
