// The administrator task list's filters, kept in the URL so a filtered view can be reloaded and shared.
// Transfer filters by status, owner, endpoint, pause state and completion time itself; it has no type or
// label filter on this route, so those two are matched here among the tasks loaded so far.
import type { ManagerTask, ManagerTaskFilters } from '@/lib/globus/endpoint-manager';
import { TASK_STATUSES, type TaskStatus } from '@/lib/globus/schemas/task';

export type ConsoleFilters = {
  statuses: TaskStatus[];
  type: '' | 'TRANSFER' | 'DELETE';
  /** A Globus username; looked up to an identity id before asking Transfer. */
  owner: string;
  label: string;
  /** `YYYY-MM-DD`, completion dates (inclusive). */
  completedFrom: string;
  completedTo: string;
  endpoint: string;
  endpointUse: '' | 'source' | 'destination';
  pausedOnly: boolean;
};

export const NO_FILTERS: ConsoleFilters = {
  statuses: [],
  type: '',
  owner: '',
  label: '',
  completedFrom: '',
  completedTo: '',
  endpoint: '',
  endpointUse: '',
  pausedOnly: false,
};

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const date = (v: string | null) => (v && DATE_RE.test(v) ? v : '');

export function readConsoleFilters(params: URLSearchParams): ConsoleFilters {
  const type = params.get('type');
  const use = params.get('use');
  return {
    statuses: (params.get('status') ?? '')
      .split(',')
      .filter((s): s is TaskStatus => (TASK_STATUSES as readonly string[]).includes(s)),
    type: type === 'TRANSFER' || type === 'DELETE' ? type : '',
    owner: params.get('owner') ?? '',
    label: params.get('label') ?? '',
    completedFrom: date(params.get('from')),
    completedTo: date(params.get('to')),
    endpoint: params.get('endpoint') ?? '',
    endpointUse: use === 'source' || use === 'destination' ? use : '',
    pausedOnly: params.get('paused') === '1',
  };
}

export function writeConsoleFilters(f: ConsoleFilters): string {
  const p = new URLSearchParams();
  if (f.statuses.length) p.set('status', f.statuses.join(','));
  if (f.type) p.set('type', f.type);
  if (f.owner.trim()) p.set('owner', f.owner.trim());
  if (f.label.trim()) p.set('label', f.label.trim());
  if (f.completedFrom) p.set('from', f.completedFrom);
  if (f.completedTo) p.set('to', f.completedTo);
  if (f.endpoint) p.set('endpoint', f.endpoint);
  if (f.endpoint && f.endpointUse) p.set('use', f.endpointUse);
  if (f.pausedOnly) p.set('paused', '1');
  return p.toString();
}

/** The server-side part; `ownerId` is the looked-up identity of `f.owner`. */
export function toManagerQuery(f: ConsoleFilters, ownerId: string | undefined): ManagerTaskFilters {
  const q: ManagerTaskFilters = {};
  if (f.statuses.length) q.filter_status = f.statuses.join(',');
  if (ownerId) q.filter_owner_id = ownerId;
  if (f.endpoint) {
    q.filter_endpoint = f.endpoint;
    if (f.endpointUse) q.filter_endpoint_use = f.endpointUse;
  }
  if (f.pausedOnly) q.filter_is_paused = true;
  if (f.completedFrom || f.completedTo)
    q.filter_completion_time = `${f.completedFrom ? `${f.completedFrom}T00:00:00` : ''},${f.completedTo ? `${f.completedTo}T23:59:59` : ''}`;
  return q;
}

/** The part Transfer cannot do on this route: type and label (case-insensitive substring). */
export function matchesLocally(task: ManagerTask, f: ConsoleFilters): boolean {
  if (f.type && task.type !== f.type) return false;
  const label = f.label.trim().toLowerCase();
  return !label || (task.label ?? '').toLowerCase().includes(label);
}

/** A problem with the filters as typed, or null. */
export function filterProblem(f: ConsoleFilters): string | null {
  if (f.completedFrom && f.completedTo && f.completedFrom > f.completedTo)
    return 'The “completed from” date is after the “completed to” date.';
  return null;
}
