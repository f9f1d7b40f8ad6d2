/**
 * POST /transfer and POST /delete (docs/protocol/tasks.md#transfer-submissions, #delete-submissions). Shapes: fixtures
 * transfer.submit_transfer.json, transfer.submit_delete.json, transfer.error.no_transfer_items.json;
 * ConsentRequired as fixture transfer.error.consent_required.json, listing every collection of the
 * task that lacks data_access consent under one Transfer scope (docs/protocol/tasks.md#transfer-submissions).
 * Status 202 Accepted for a new task, 200 for `Duplicate` (docs/protocol/tasks.md#transfer-submissions [B]).
 * A disconnected GCP collection does not refuse the submission: the task waits (GC_NOT_CONNECTED).
 * A side with `force_encryption` turns `encrypt_data` on whatever the request said, as Transfer does.
 * `store_base_path_info: true` records the base paths the task document then carries (base-paths.ts).
 */
import type { Context, Hono } from 'hono';
import type { EmuEnv } from '../core/context';
import { transferError } from '../core/errors';
import { requiresDataAccessConsent, type Collection } from '../core/world';
import { dataAccessScope, hasDependentScope, TRANSFER_SCOPE } from '../auth/scopes';
import { hasConsent } from '../auth/consents';
import { readJson } from '../transfer/body';
import { callerOf, type Caller } from '../transfer/caller';
import { checkCollectionAccess, findCollection } from '../transfer/collection-access';
import { parseFilterRules } from './filter-rules';
import { parseSyncLevel } from './sync-rules';
import { DAY } from './deadlines';
import { newTask } from './task-factory';
import { deleteBasePaths, transferBasePaths } from './base-paths';
import type { TransferItem } from './task-model';

function bad(c: Context<EmuEnv>, message: string, code = 'ClientError.BadRequest'): Response {
  return transferError(c, 400, code, message);
}

function missingConsents(c: Context<EmuEnv>, cols: Collection[], caller: Caller): string[] {
  const emu = c.get('emu');
  if (!emu.options.strict) return [];
  return [...new Set(cols.filter(requiresDataAccessConsent).map((col) => dataAccessScope(col.id)))].filter(
    (scope) =>
      !hasDependentScope(caller.token.scopes, TRANSFER_SCOPE, scope) &&
      !hasConsent(emu.world, caller.accountId, caller.token.clientId, scope, [TRANSFER_SCOPE]),
  );
}

/** Collection checks at submission: 404s, then consent for all sides at once, then the rest (GCP disconnection excepted). */
function checkSides(c: Context<EmuEnv>, ids: unknown[], caller: Caller): Collection[] | Response {
  const cols: Collection[] = [];
  for (const id of ids) {
    if (typeof id !== 'string' || id === '') return bad(c, 'source and destination endpoints are required');
    const col = findCollection(c, id);
    if (col instanceof Response) return col;
    cols.push(col);
  }
  const scopes = missingConsents(c, cols, caller);
  if (scopes.length) {
    const required = [`${TRANSFER_SCOPE}[${scopes.map((s) => '*' + s).join(' ')}]`];
    return transferError(c, 403, 'ConsentRequired', 'Missing required data_access consent', {
      authorization_parameters: { required_scopes: required, session_message: 'Missing required data_access consent' },
      required_scopes: required,
    });
  }
  for (const col of cols) {
    const denied = checkCollectionAccess(c, col, caller, 'transfer');
    if (denied && denied.status !== 502) return denied;
  }
  return cols;
}

function parseDeadline(raw: unknown, now: number): number | null | 'invalid' {
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw !== 'string') return 'invalid';
  const t = Date.parse(
    raw
      .replace(' ', 'T')
      .replace(/Z$/, '+00:00')
      .replace(/T(\d\d:\d\d)\+/, 'T$1:00+'),
  );
  if (Number.isNaN(t)) return 'invalid';
  return Math.max(Math.floor(t / 1000), Math.floor(now));
}

function bool(v: unknown, dflt: boolean): boolean {
  return typeof v === 'boolean' ? v : dflt;
}

/** The label to keep (`value`), or null when it is not printable text of at most 128 characters. */
function label(v: unknown): { value: string | null } | null {
  if (v === undefined || v === null) return { value: null };
  if (typeof v !== 'string' || v.length > 128 || [...v].some((ch) => ch.charCodeAt(0) < 0x20)) return null;
  return { value: v };
}

function accepted(
  c: Context<EmuEnv>,
  kind: 'transfer' | 'delete',
  taskId: string,
  submissionId: string,
  duplicate: boolean,
): Response {
  const doc = {
    DATA_TYPE: `${kind}_result`,
    code: duplicate ? 'Duplicate' : 'Accepted',
    message: duplicate
      ? `A ${kind} with id '${taskId}' was already submitted with this submission_id`
      : `The ${kind} has been accepted and a task has been created and queued for execution`,
    request_id: c.get('emu').ids.requestId(),
    resource: c.req.path,
    submission_id: submissionId,
    task_id: taskId,
    task_link: {
      DATA_TYPE: 'link',
      href: `/v0.10/task/${taskId}?format=json`,
      rel: 'related',
      resource: 'task',
      title: 'related task',
    },
  };
  return c.json(doc, duplicate ? 200 : 202);
}

async function submit(c: Context<EmuEnv>, kind: 'transfer' | 'delete'): Promise<Response> {
  const body = await readJson(c);
  if (body instanceof Response) return body;
  const emu = c.get('emu');
  const world = emu.world;
  const caller = callerOf(c);
  if (body.DATA_TYPE !== undefined && body.DATA_TYPE !== kind) return bad(c, `DATA_TYPE must be '${kind}'`);
  const submissionId = body.submission_id;
  if (typeof submissionId !== 'string' || submissionId === '') return bad(c, "Missing required field 'submission_id'");
  const dup = world.tasks.bySubmissionId(caller.accountId, submissionId);
  if (dup) return accepted(c, kind, dup.id, submissionId, true);
  const cols = checkSides(
    c,
    kind === 'transfer' ? [body.source_endpoint, body.destination_endpoint] : [body.endpoint],
    caller,
  );
  if (cols instanceof Response) return cols;
  const data = Array.isArray(body.DATA) ? (body.DATA as Record<string, unknown>[]) : [];
  if (data.length === 0)
    return kind === 'transfer'
      ? bad(c, 'A transfer requires at least one item', 'ClientError.BadRequest.NoTransferItems')
      : bad(c, 'A delete requires at least one item', 'ClientError.BadRequest.NoDeleteItems');
  const lbl = label(body.label);
  if (!lbl) return bad(c, 'label must be printable text of at most 128 characters');
  const now = emu.clock.nowPrecise();
  const deadline = parseDeadline(body.deadline, now);
  if (deadline === 'invalid') return bad(c, `Invalid deadline '${String(body.deadline)}'`);
  const common = {
    caller,
    submissionId,
    label: lbl.value,
    deadline: deadline ?? Math.floor(now) + DAY,
    userDeadline: deadline !== null,
    now,
    sourceId: cols[0]!.id,
  };

  if (kind === 'delete') {
    const paths: string[] = [];
    for (const item of data) {
      if (item.DATA_TYPE !== undefined && item.DATA_TYPE !== 'delete_item')
        return bad(c, "DATA items must be 'delete_item'");
      if (typeof item.path !== 'string' || item.path === '') return bad(c, "Each delete_item needs a 'path'");
      paths.push(item.path);
    }
    const task = newTask(world, {
      ...common,
      type: 'DELETE',
      destinationId: null,
      items: paths,
      basePaths: body.store_base_path_info === true ? deleteBasePaths(paths) : null,
      del: {
        recursive: bool(body.recursive, false),
        ignoreMissing: bool(body.ignore_missing, false),
        interpretGlobs: bool(body.interpret_globs, false),
      },
    });
    world.markUsed(caller.accountId, cols[0]!.id);
    return accepted(c, kind, task.id, submissionId, false);
  }

  const items: TransferItem[] = [];
  for (const item of data) {
    const type = item.DATA_TYPE ?? 'transfer_item';
    if (type !== 'transfer_item' && type !== 'transfer_symlink_item')
      return bad(c, "DATA items must be 'transfer_item' or 'transfer_symlink_item'");
    if (
      typeof item.source_path !== 'string' ||
      typeof item.destination_path !== 'string' ||
      !item.source_path ||
      !item.destination_path
    )
      return bad(c, "Each item needs 'source_path' and 'destination_path'");
    items.push({
      kind: type === 'transfer_item' ? 'file' : 'symlink',
      sourcePath: item.source_path,
      destinationPath: item.destination_path,
      recursive: item.recursive === true,
    });
  }
  const syncLevel = parseSyncLevel(body.sync_level);
  if (syncLevel === 'invalid') return bad(c, 'sync_level must be 0, 1, 2 or 3');
  const filterRules = parseFilterRules(body.filter_rules);
  if (typeof filterRules === 'string') return bad(c, filterRules);
  const rs = body.recursive_symlinks ?? 'ignore';
  if (rs !== 'ignore' && rs !== 'keep' && rs !== 'copy')
    return bad(c, "recursive_symlinks must be 'ignore', 'keep' or 'copy'");
  const task = newTask(world, {
    ...common,
    type: 'TRANSFER',
    destinationId: cols[1]!.id,
    items,
    basePaths: body.store_base_path_info === true ? transferBasePaths(items) : null,
    transfer: {
      syncLevel,
      filterRules,
      recursiveSymlinks: rs,
      verifyChecksum: bool(body.verify_checksum, false),
      preserveTimestamp: bool(body.preserve_timestamp, false),
      encryptData: bool(body.encrypt_data, false) || cols.some((col) => col.forceEncryption),
      deleteDestinationExtra: bool(body.delete_destination_extra, false),
      skipSourceErrors: bool(body.skip_source_errors, false),
      failOnQuotaErrors: bool(body.fail_on_quota_errors, false),
    },
  });
  world.markUsed(caller.accountId, cols[0]!.id);
  world.markUsed(caller.accountId, cols[1]!.id);
  return accepted(c, kind, task.id, submissionId, false);
}

export function registerSubmitRoutes(app: Hono<EmuEnv>): void {
  app.post('/v0.10/transfer', (c) => submit(c, 'transfer'));
  app.post('/v0.10/delete', (c) => submit(c, 'delete'));
}
