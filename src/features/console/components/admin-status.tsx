// A task's state in words an administrator scans for: paused, stalled, cancelled by an administrator.
import type { ManagerTask } from '@/lib/globus/endpoint-manager';

type Tone = 'ok' | 'warn' | 'bad' | 'done';

export function adminStatus(t: ManagerTask): { text: string; tone: Tone } {
  if (t.status === 'SUCCEEDED') return { text: 'Succeeded', tone: 'done' };
  if (t.status === 'FAILED')
    return t.canceled_by_admin
      ? { text: 'Cancelled by an administrator', tone: 'bad' }
      : { text: t.fatal_error?.code === 'CANCELED' ? 'Cancelled' : 'Failed', tone: 'bad' };
  if (t.is_paused) return { text: 'Paused', tone: 'warn' };
  if (t.status === 'INACTIVE') return { text: 'Needs attention', tone: 'warn' };
  if (t.nice_status && t.nice_status !== 'OK' && t.nice_status !== 'Queued')
    return { text: `Retrying (${t.nice_status})`, tone: 'warn' };
  return { text: t.nice_status === 'Queued' ? 'Queued' : 'Active', tone: 'ok' };
}

const TONES: Record<Tone, string> = {
  ok: 'bg-blue-50 text-blue-900 border-blue-200',
  warn: 'bg-amber-50 text-amber-950 border-amber-300',
  bad: 'bg-red-50 text-red-900 border-red-200',
  done: 'bg-emerald-50 text-emerald-900 border-emerald-200',
};

export function AdminStatusBadge({ task }: { task: ManagerTask }) {
  const s = adminStatus(task);
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${TONES[s.tone]}`}>{s.text}</span>
  );
}

export const endpointsText = (t: ManagerTask): string =>
  t.type === 'DELETE'
    ? `Delete on ${t.source_endpoint_display_name ?? t.source_endpoint_id ?? '—'}`
    : `${t.source_endpoint_display_name ?? t.source_endpoint_id ?? '—'} → ${t.destination_endpoint_display_name ?? t.destination_endpoint_id ?? '—'}`;
