/** Building task records (submissions and control-API seeding share this). */
import type { World } from '../core/world';
import type { Caller } from '../transfer/caller';
import {
  zeroCounters,
  type BasePaths,
  type DeleteOptions,
  type Task,
  type TaskType,
  type TransferItem,
  type TransferOptions,
} from './task-model';

export interface NewTask {
  caller: Pick<Caller, 'accountId'> & { token: { clientId: string } };
  type: TaskType;
  submissionId: string;
  label: string | null;
  deadline: number;
  userDeadline?: boolean;
  now: number;
  sourceId: string;
  destinationId: string | null;
  items: TransferItem[] | string[];
  basePaths?: BasePaths | null;
  transfer?: TransferOptions;
  del?: DeleteOptions;
  /** Seeded tasks that keep their status until canceled (the engine leaves them alone). */
  held?: boolean;
}

export function newTask(world: World, n: NewTask): Task {
  const owner = world.identity(n.caller.accountId);
  const task: Task = {
    id: world.nextId('task'),
    type: n.type,
    ownerId: n.caller.accountId,
    username: owner?.username ?? n.caller.accountId,
    clientId: n.caller.token.clientId,
    submissionId: n.submissionId,
    label: n.label,
    requestTime: n.now,
    deadline: n.deadline,
    userDeadline: n.userDeadline ?? true,
    completionTime: null,
    status: 'ACTIVE',
    fatalError: null,
    sourceId: n.sourceId,
    destinationId: n.destinationId,
    items: n.items,
    basePaths: n.basePaths ?? null,
    transfer: n.transfer ?? null,
    del: n.del ?? null,
    counters: zeroCounters(),
    simTime: n.now,
    startedAt: null,
    busySeconds: 0,
    plan: null,
    planned: 0,
    unitsDone: 0,
    skipPrefix: null,
    current: null,
    stall: null,
    retryAt: null,
    unitError: null,
    adminPause: null,
    canceledByAdmin: null,
    canceledByAdminMessage: null,
    removed: false,
    events: [],
    successful: [],
    successfulTotal: 0,
    skipped: [],
    lastProgressEvent: n.now,
    fileEvents: 0,
  };
  world.tasks.add(task, !n.held);
  return task;
}
