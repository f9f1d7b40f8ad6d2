// The task document, grouped the way users look for it: overview, options used, counters, faults.
import type { ReactNode } from 'react';
import { formatCount, formatRate, formatSize } from '@/lib/format/numbers';
import { formatDateTime } from '@/lib/format/dates';
import { formatDeadline } from '@/lib/format/deadline';
import { explainFatalError } from '@/features/activity/model/task-status';
import type { Task } from '@/lib/globus/task';

type Row = [string, ReactNode];
const yesNo = (v: boolean | null | undefined) => (v == null ? '—' : v ? 'Yes' : 'No');
const SYNC = [
  'Copy if missing at destination',
  'Copy if size differs',
  'Copy if source is newer',
  'Copy if checksum differs',
];

function Group({ title, rows }: { title: string; rows: Row[] }) {
  return (
    <section aria-label={title} className="rounded-md border border-slate-200 bg-white p-3">
      <h2 className="mb-2 text-sm font-semibold text-slate-900">{title}</h2>
      <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-3 gap-y-1 text-xs">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd className="min-w-0 break-words text-slate-900">{v ?? '—'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function TaskFields({ task }: { task: Task }) {
  const overview: Row[] = [
    ['Task id', <code key="id">{task.task_id}</code>],
    ['Type', task.type === 'DELETE' ? 'Delete' : 'Transfer'],
    ['Label', task.label || '—'],
    [
      'Source',
      `${task.source_endpoint_display_name ?? task.source_endpoint_id ?? '—'}${task.source_base_path ? ` : ${task.source_base_path}` : ''}`,
    ],
    ...(task.type === 'DELETE'
      ? []
      : ([
          [
            'Destination',
            `${task.destination_endpoint_display_name ?? task.destination_endpoint_id ?? '—'}${task.destination_base_path ? ` : ${task.destination_base_path}` : ''}`,
          ],
        ] as Row[])),
    ['Requested', formatDateTime(task.request_time)],
    ['Completed', formatDateTime(task.completion_time)],
    ['Deadline', formatDeadline(task.deadline)],
  ];
  const options: Row[] = [
    ['Sync', task.sync_level == null ? 'Always copy' : (SYNC[task.sync_level] ?? String(task.sync_level))],
    ['Verify checksum', yesNo(task.verify_checksum)],
    ['Preserve timestamps', yesNo(task.preserve_timestamp)],
    ['Encrypt', yesNo(task.encrypt_data)],
    ['Delete extra files at destination', yesNo(task.delete_destination_extra)],
    ['Skip source errors', yesNo(task.skip_source_errors)],
    ['Fail on quota errors', yesNo(task.fail_on_quota_errors)],
    ['Symlinks', task.recursive_symlinks ?? '—'],
    [
      'Filter rules',
      task.filter_rules?.length
        ? task.filter_rules.map((r) => `${r.method} ${r.type ?? ''} ${r.name}`.replace(/\s+/g, ' ')).join('; ')
        : 'None',
    ],
  ];
  const counters: Row[] = [
    ['Bytes transferred', formatSize(task.bytes_transferred)],
    ['Bytes checksummed', formatSize(task.bytes_checksummed)],
    ['Average speed', formatRate(task.effective_bytes_per_second)],
    ['Files', formatCount(task.files)],
    ['Files transferred', formatCount(task.files_transferred)],
    ['Files skipped (already in sync)', formatCount(task.files_skipped)],
    ['Folders', formatCount(task.directories)],
    ['Symlinks', formatCount(task.symlinks)],
    [
      'Subtasks',
      `${formatCount(task.subtasks_succeeded)} succeeded, ${formatCount(task.subtasks_pending)} pending, ${formatCount(task.subtasks_retrying)} retrying of ${formatCount(task.subtasks_total)}`,
    ],
    [
      'Subtasks failed / cancelled / expired',
      `${formatCount(task.subtasks_failed)} / ${formatCount(task.subtasks_canceled)} / ${formatCount(task.subtasks_expired)}`,
    ],
  ];
  const faults: Row[] = [
    ['Faults (retried errors)', formatCount(task.faults)],
    ['Skipped errors', formatCount(task.subtasks_skipped_errors)],
    ['Fatal error', explainFatalError(task) ?? 'None'],
    [
      'Cancelled by administrator',
      task.canceled_by_admin
        ? `${task.canceled_by_admin}${task.canceled_by_admin_message ? `: ${task.canceled_by_admin_message}` : ''}`
        : 'No',
    ],
    ['Per-file history', task.history_deleted ? 'Deleted (kept 30 days)' : 'Available'],
  ];
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Group title="Overview" rows={overview} />
      <Group title="Options used" rows={options} />
      <Group title="Counters" rows={counters} />
      <Group title="Faults" rows={faults} />
    </div>
  );
}
