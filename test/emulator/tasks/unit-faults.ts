/**
 * How a work unit ends when something goes wrong: an injected fault, a retry, a full quota or a
 * source-side error (skipped, retried or fatal, as the task's options say).
 */
import type { Emu } from '../core/context';
import type { World } from '../core/world';
import { addEvent, addFileEvent, fail, recordSkip } from './task-lifecycle';
import type { Task } from './task-model';
import type { WorkUnit } from './work-plan';

const NOT_FOUND_DETAILS =
  '550-GlobusError: v=1 c=PATH_NOT_FOUND%0D%0A550-GridFTP-Errno: 2%0D%0A550-GridFTP-Reason: System error in stat%0D%0A550-GridFTP-Error-String: No such file or directory%0D%0A550 End.%0D%0A';
const DENIED_DETAILS =
  '550-GlobusError: v=1 c=PERMISSION_DENIED%0D%0A550-GridFTP-Errno: 13%0D%0A550-GridFTP-Error-String: Permission denied%0D%0A550 End.%0D%0A';

const RETRY_DESCRIPTIONS: Record<string, string> = {
  PERMISSION_DENIED: 'Permission denied',
  QUOTA_EXCEEDED: 'Quota exceeded',
  CONNECT_FAILED: 'Could not connect to the server',
  TIMEOUT: 'The server stopped responding',
  ENDPOINT_ERROR: 'The server reported an error',
  VERIFY_CHECKSUM: 'Checksum verification failed; the file will be copied again',
};

/** An injected fault on either side takes this unit's turn (VERIFY_CHECKSUM only where checksums are verified). */
export function injectedFault(world: World, t: Task, u: WorkUnit): 'retry' | null {
  for (const id of [t.sourceId, t.destinationId]) {
    const fault = id ? world.collection(id)?.taskFault : null;
    if (!fault || fault.remaining <= 0) continue;
    if (fault.code === 'VERIFY_CHECKSUM' && !(u.op === 'file' && t.transfer?.verifyChecksum)) continue;
    fault.remaining -= 1;
    return retry(t, fault.code, 'dst' in u && u.dst ? u.dst : 'src' in u ? u.src : u.op === 'delete' ? u.path : '');
  }
  return null;
}

export function retry(t: Task, code: string, path: string): 'retry' {
  t.counters.faults++;
  t.unitError = { code, description: RETRY_DESCRIPTIONS[code] ?? code.toLowerCase() };
  addEvent(t, code, code.toLowerCase().replace(/_/g, ' '), `${code} on ${path}; retrying`, true, t.simTime);
  return 'retry';
}

/**
 * The destination's quota is used up: fatal with fail_on_quota_errors, else retried until space is freed
 * (docs/protocol/tasks.md#transfer-submissions).
 */
export function quotaExceeded(t: Task, path: string): 'done' | 'retry' {
  if (!t.transfer?.failOnQuotaErrors) return retry(t, 'QUOTA_EXCEEDED', path);
  t.counters.faults++;
  t.counters.subtasksFailed++;
  fail(t, t.simTime, 'QUOTA_EXCEEDED', 'quota exceeded', `Disk quota exceeded writing ${path}`);
  return 'done';
}

/** A source-side error: skipped with skip_source_errors, else FILE_NOT_FOUND is fatal and PERMISSION_DENIED retries. */
export function sourceError(
  emu: Emu,
  t: Task,
  code: 'FILE_NOT_FOUND' | 'PERMISSION_DENIED',
  src: string,
  dst: string | null,
  isDir: boolean,
): 'done' | 'retry' {
  if (t.transfer?.skipSourceErrors) {
    addFileEvent(
      t,
      emu.engine.fileEventLimit,
      code,
      `${code.toLowerCase().replace(/_/g, ' ')} (skipped)`,
      { source_path: src, destination_path: dst, skipped: true },
      true,
      t.simTime,
    );
    recordSkip(t, {
      errorCode: code,
      errorDetails: code === 'FILE_NOT_FOUND' ? NOT_FOUND_DETAILS : DENIED_DETAILS,
      time: t.simTime,
      sourcePath: src,
      destinationPath: dst,
      isDirectory: isDir,
      isSymlink: false,
      isDeleteDestinationExtra: false,
    });
    if (isDir) t.skipPrefix = src.endsWith('/') ? src : src + '/';
    return 'done';
  }
  if (code === 'PERMISSION_DENIED') return retry(t, code, src);
  fail(t, t.simTime, 'FILE_NOT_FOUND', 'file not found', `No such file or directory: ${src}`);
  return 'done';
}
