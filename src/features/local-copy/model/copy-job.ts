// One copy between a folder on this computer and a collection, as the queue runs and keeps it.
import * as v from 'valibot';
import type { AuthorizationParameters } from '@/lib/globus/errors';

export type CopyDirection = 'up' | 'down';

export type CopyItemStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export type CopyItem = {
  /** The path below the job's two base folders, '/'-separated: 'results/run 1/a.csv'. */
  rel: string;
  kind: 'dir' | 'file';
  /** Bytes, as the source listed them; the copy is checked against this size. */
  size: number;
  status: CopyItemStatus;
  /** Bytes copied so far (for a download resumed after a failure, what is on disk). */
  done: number;
  /** This queue has written to the target before: what is there is a partial copy to continue, not an older file. */
  begun?: boolean;
  error?: string;
};

/** Why a job waits: the user paused it, or it needs something only the user can give. */
export type PauseReason = 'user' | 'permission' | 'login' | 'disk-full';

export type JobState = 'running' | 'paused' | 'stopped' | 'done' | 'cancelled';

export type LoginNeed = {
  scopes: string[];
  authorizationParameters?: AuthorizationParameters;
  /** The HTTPS server refused a token it was given (403): consent may be missing, or the permission itself. */
  refused?: boolean;
};

export type CopyJob = {
  id: string;
  direction: CopyDirection;
  localRootId: string;
  /** The picked folder's own name (the browser never reveals its full path). */
  localRootName: string;
  /** Structured-cloneable: the job keeps working after a reload, once permission is granted again. */
  localHandle: FileSystemDirectoryHandle;
  /** Base folders on both sides, Transfer-style ('/a/b/'). */
  localPath: string;
  collectionId: string;
  collectionName: string;
  httpsServer: string;
  collectionPath: string;
  skipExisting: boolean;
  stopOnError: boolean;
  /** Files left out because the target already held them with the same size. */
  skipped: number;
  state: JobState;
  pauseReason?: PauseReason;
  /** What the login round trip must ask for, when the job waits for one. */
  loginNeed?: LoginNeed;
  /** A consent round trip was made for this collection: a later 403 means no permission, not missing consent. */
  consentTried?: boolean;
  /** The user went to Globus for `loginNeed`: after the return (a reload) the job goes on by itself. */
  loginStarted?: boolean;
  /** Said once the job is cancelled: what was left half-written and where. */
  cancelNote?: string;
  createdAt: number;
  items: CopyItem[];
};

const isDirectoryHandle = (value: unknown): value is FileSystemDirectoryHandle =>
  typeof FileSystemDirectoryHandle !== 'undefined' && value instanceof FileSystemDirectoryHandle;

const itemSchema = v.object({
  rel: v.string(),
  kind: v.picklist(['dir', 'file']),
  size: v.number(),
  status: v.picklist(['queued', 'running', 'done', 'failed', 'cancelled']),
  done: v.number(),
  begun: v.optional(v.boolean()),
  error: v.optional(v.string()),
});

/** What IndexedDB gives back is checked like any input (lib/storage/kv-store.ts). */
export const copyJobSchema = v.object({
  id: v.string(),
  direction: v.picklist(['up', 'down']),
  localRootId: v.string(),
  localRootName: v.string(),
  localHandle: v.custom<FileSystemDirectoryHandle>(isDirectoryHandle),
  localPath: v.string(),
  collectionId: v.string(),
  collectionName: v.string(),
  httpsServer: v.string(),
  collectionPath: v.string(),
  skipExisting: v.boolean(),
  stopOnError: v.boolean(),
  skipped: v.number(),
  state: v.picklist(['running', 'paused', 'stopped', 'done', 'cancelled']),
  pauseReason: v.optional(v.picklist(['user', 'permission', 'login', 'disk-full'])),
  loginNeed: v.optional(
    v.object({
      scopes: v.array(v.string()),
      authorizationParameters: v.optional(v.record(v.string(), v.unknown())),
      refused: v.optional(v.boolean()),
    }),
  ),
  consentTried: v.optional(v.boolean()),
  loginStarted: v.optional(v.boolean()),
  cancelNote: v.optional(v.string()),
  createdAt: v.number(),
  items: v.array(itemSchema),
}) as v.GenericSchema<CopyJob>;

/** Where an item is read from and written to. */
export function itemPaths(job: CopyJob, item: Pick<CopyItem, 'rel' | 'kind'>) {
  const suffix = item.kind === 'dir' ? '/' : '';
  const local = `${job.localPath.endsWith('/') ? job.localPath : `${job.localPath}/`}${item.rel}${suffix}`;
  const remote = `${job.collectionPath.endsWith('/') ? job.collectionPath : `${job.collectionPath}/`}${item.rel}${suffix}`;
  return { local, remote, target: job.direction === 'up' ? remote : local };
}

/** A file's place as the duplicate check sees it: which side, which root, which path. */
export function targetKey(job: CopyJob, item: Pick<CopyItem, 'rel' | 'kind'>): string {
  const { target } = itemPaths(job, item);
  return job.direction === 'up' ? `remote:${job.collectionId}:${target}` : `local:${job.localRootId}:${target}`;
}
