// Task status → plain-language label, reason and tone (docs/protocol/tasks.md#task-status). The status
// predicates themselves (isFinished, isRunning) belong to the task model in lib/globus/task-status.
import type { Task } from '@/lib/globus/task';

export type StatusTone = 'active' | 'queued' | 'success' | 'warning' | 'danger' | 'neutral';
/** What the user can do about a task that needs attention. */
export type AttentionKind = 'consent' | 'paused' | 'endpoint' | null;

export interface StatusDescription {
  label: string;
  reason: string;
  tone: StatusTone;
  attention: AttentionKind;
}

const NICE_STATUS_TEXT: Record<string, string> = {
  PERMISSION_DENIED: 'Permission denied on a collection; Globus keeps retrying until the deadline.',
  CONNECT_FAILED: 'Cannot connect to a collection’s server; Globus keeps retrying.',
  GC_NOT_CONNECTED: 'Globus Connect Personal is not running on one side. Start it and the task resumes.',
  GC_PAUSED: 'Globus Connect Personal is paused on one side. Resume it and the task continues.',
  QUOTA_EXCEEDED: 'The destination is over its storage quota. Free space and the task resumes.',
  NO_SPACE_LEFT: 'The destination disk is full. Free space and the task resumes.',
  FILE_NOT_FOUND: 'A source file was not found; Globus keeps retrying.',
  TIMEOUT: 'A collection stopped responding; Globus keeps retrying.',
  VERIFY_CHECKSUM: 'A checksum did not match after copying; the file is being copied again.',
  ENDPOINT_ERROR: 'A collection reported an error; Globus keeps retrying.',
};

const FATAL_TEXT: Record<string, string> = {
  CANCELED: 'The task was cancelled.',
  EXPIRED: 'The deadline passed before the task finished.',
  FILE_NOT_FOUND: 'A file or folder in the request does not exist.',
  PERMISSION_DENIED: 'You do not have permission on one of the collections for this path.',
  QUOTA_EXCEEDED: 'The destination ran out of quota.',
  NO_SPACE_LEFT: 'The destination ran out of disk space.',
  ENDPOINT_DELETED: 'One of the collections was deleted.',
  ENDPOINT_NOT_FOUND: 'One of the collections no longer exists.',
};

/** nice_status codes that mean credentials or consent, which only the user can fix. */
export function isCredentialProblem(code: string | null | undefined): boolean {
  return !!code && /CONSENT|CREDENTIAL|AUTH|LOGIN|ACTIVATION|TOKEN|SESSION/i.test(code);
}

export function explainFatalError(task: Task): string | null {
  const fatal = task.fatal_error;
  if (!fatal) return null;
  const known = FATAL_TEXT[fatal.code];
  const detail =
    fatal.description && fatal.description.toLowerCase() !== known?.toLowerCase() ? fatal.description : null;
  if (known) return detail ? `${known} (${detail})` : known;
  return detail ? `${fatal.code}: ${detail}` : fatal.code;
}

function titleCase(code: string): string {
  return code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
}

export function describeStatus(task: Task): StatusDescription {
  const nice = task.nice_status ?? null;
  switch (task.status) {
    case 'SUCCEEDED': {
      const skipped = task.subtasks_skipped_errors ?? 0;
      return skipped > 0
        ? {
            label: 'Succeeded',
            reason: `Finished with ${skipped} skipped error${skipped === 1 ? '' : 's'}.`,
            tone: 'warning',
            attention: null,
          }
        : { label: 'Succeeded', reason: 'Finished successfully.', tone: 'success', attention: null };
    }
    case 'FAILED': {
      const code = task.fatal_error?.code;
      if (code === 'CANCELED' || task.canceled_by_admin) {
        const byAdmin = task.canceled_by_admin
          ? `Cancelled by an administrator of the ${task.canceled_by_admin.toLowerCase()} collection${task.canceled_by_admin_message ? `: ${task.canceled_by_admin_message}` : '.'}`
          : 'Cancelled.';
        return { label: 'Cancelled', reason: byAdmin, tone: 'neutral', attention: null };
      }
      if (code === 'EXPIRED')
        return { label: 'Expired', reason: explainFatalError(task) ?? '', tone: 'danger', attention: null };
      return {
        label: 'Failed',
        reason: explainFatalError(task) ?? 'The task failed.',
        tone: 'danger',
        attention: null,
      };
    }
    case 'INACTIVE': {
      if (task.is_paused) return pausedStatus();
      const consent = isCredentialProblem(nice) || !nice || nice === 'OK';
      return {
        label: 'Needs attention',
        reason: consent
          ? 'Suspended: Globus needs you to renew access (consent or credentials) to a collection. Grant it and the task resumes.'
          : (NICE_STATUS_TEXT[nice] ?? `Suspended: ${task.nice_status_short_description ?? titleCase(nice)}.`),
        tone: 'danger',
        attention: consent ? 'consent' : 'endpoint',
      };
    }
    case 'ACTIVE': {
      if (task.is_paused) return pausedStatus();
      if (nice === 'Queued') {
        return {
          label: 'Queued',
          reason: 'Waiting to start: Globus runs a few tasks per user at a time.',
          tone: 'queued',
          attention: null,
        };
      }
      if (!nice || nice === 'OK') return { label: 'Active', reason: 'In progress.', tone: 'active', attention: null };
      if (isCredentialProblem(nice)) {
        return {
          label: 'Needs attention',
          reason: 'Globus needs you to renew access (consent or credentials) to a collection.',
          tone: 'danger',
          attention: 'consent',
        };
      }
      return {
        label: 'Retrying',
        reason: NICE_STATUS_TEXT[nice] ?? `Retrying: ${task.nice_status_short_description ?? titleCase(nice)}.`,
        tone: 'warning',
        attention: 'endpoint',
      };
    }
    default:
      return {
        label: 'Unknown',
        reason: 'Globus did not report a status for this task.',
        tone: 'neutral',
        attention: null,
      };
  }
}

function pausedStatus(): StatusDescription {
  return {
    label: 'Paused',
    reason: 'Paused by a collection administrator; it resumes when they lift the pause.',
    tone: 'warning',
    attention: 'paused',
  };
}
