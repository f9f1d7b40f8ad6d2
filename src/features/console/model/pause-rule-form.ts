// The pause rule form's fields and the request body they become.
import {
  PAUSE_OPERATIONS,
  type AdminPauseRule,
  type PauseOperation,
  type PauseRuleInput,
} from '@/lib/globus/endpoint-manager';

export const OPERATION_TEXT: Record<PauseOperation, string> = {
  pause_task_transfer_read: 'Transfers reading from it (source)',
  pause_task_transfer_write: 'Transfers writing to it (destination)',
  pause_task_delete: 'Delete tasks',
  pause_ls: 'Listing folders',
  pause_mkdir: 'Making folders',
  pause_rename: 'Renaming',
  pause_symlink: 'Making symlinks',
};

export type PauseRuleForm = {
  message: string;
  operations: PauseOperation[];
  /** Empty: everyone; otherwise a Globus username or identity id. */
  who: string;
  /** `datetime-local` text, empty for now. */
  start: string;
};

export function formFromRule(rule: AdminPauseRule | undefined, whoText: string): PauseRuleForm {
  if (!rule)
    return { message: '', operations: ['pause_task_transfer_read', 'pause_task_transfer_write'], who: '', start: '' };
  return {
    message: rule.message ?? '',
    operations: PAUSE_OPERATIONS.filter((op) => rule[op]),
    who: whoText,
    start: rule.start_time ? toLocalInput(rule.start_time) : '',
  };
}

function toLocalInput(iso: string): string {
  const d = new Date(iso.includes('T') || iso.endsWith('Z') ? iso : `${iso.replace(' ', 'T')}Z`);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A problem to show next to the fields, or null. */
export function formProblem(form: PauseRuleForm): string | null {
  if (form.operations.length === 0)
    return 'Choose at least one operation to pause: a rule that pauses nothing does nothing.';
  if (form.start && Number.isNaN(new Date(form.start).getTime())) return 'The start time is not a valid date and time.';
  return null;
}

export function ruleBody(endpointId: string, form: PauseRuleForm, identityId: string | null): PauseRuleInput {
  const flags = Object.fromEntries(PAUSE_OPERATIONS.map((op) => [op, form.operations.includes(op)])) as Record<
    PauseOperation,
    boolean
  >;
  return {
    endpoint_id: endpointId,
    message: form.message.trim(),
    identity_id: identityId,
    start_time: form.start ? new Date(form.start).toISOString() : null,
    ...flags,
  };
}
