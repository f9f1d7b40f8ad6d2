// What administrators look up about a task: whose it is, where it runs (hosts, local accounts) and how it fares.
import type { ReactNode } from 'react';
import type { ManagerTask } from '@/lib/globus/endpoint-manager';
import { formatDateTime } from '@/lib/format/dates';
import { formatCount, formatRate } from '@/lib/format/numbers';

type Row = [string, ReactNode];

const side = (name?: string | null, id?: string | null, path?: string | null) =>
  `${name ?? id ?? '—'}${path ? ` : ${path}` : ''}`;

const localUser = (user?: string | null, status?: string | null) =>
  user ? `${user}${status && status !== 'OK' ? ` (${status})` : ''}` : (status ?? '—');

export function AdminTaskFields({ task }: { task: ManagerTask }) {
  const rows: Row[] = [
    ['Task id', <code key="id">{task.task_id}</code>],
    ['Owner', task.owner_string ?? task.owner_id ?? '—'],
    ['Type', task.type === 'DELETE' ? 'Delete' : 'Transfer'],
    ['Label', task.label || '—'],
    ['Source', side(task.source_endpoint_display_name, task.source_endpoint_id, task.source_base_path)],
    ['Source host', side(task.source_host_endpoint_display_name, task.source_host_endpoint_id, task.source_host_path)],
    ['Source local account', localUser(task.source_local_user, task.source_local_user_status)],
    ...(task.type === 'DELETE'
      ? []
      : ([
          [
            'Destination',
            side(task.destination_endpoint_display_name, task.destination_endpoint_id, task.destination_base_path),
          ],
          [
            'Destination host',
            side(
              task.destination_host_endpoint_display_name,
              task.destination_host_endpoint_id,
              task.destination_host_path,
            ),
          ],
          ['Destination local account', localUser(task.destination_local_user, task.destination_local_user_status)],
        ] as Row[])),
    ['Requested', formatDateTime(task.request_time)],
    ['Completed', formatDateTime(task.completion_time)],
    ['Deadline', formatDateTime(task.deadline)],
    ['Average speed', formatRate(task.effective_bytes_per_second)],
    ['Skipped errors', formatCount(task.subtasks_skipped_errors)],
    ['Fatal error', task.fatal_error ? `${task.fatal_error.code}: ${task.fatal_error.description ?? ''}` : 'None'],
    [
      'Cancelled by administrator',
      task.canceled_by_admin
        ? `${task.canceled_by_admin}${task.canceled_by_admin_message ? `: ${task.canceled_by_admin_message}` : ''}`
        : 'No',
    ],
  ];
  return (
    <section aria-labelledby="admin-fields" className="rounded-md border border-slate-200 bg-white p-3">
      <h2 id="admin-fields" className="mb-2 text-sm font-semibold text-slate-900">
        Details
      </h2>
      <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-1 text-xs">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd className="min-w-0 break-words text-slate-900">{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
