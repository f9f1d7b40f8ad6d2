import type { StatusDescription, StatusTone } from '@/features/activity/model/task-status';

const TONES: Record<StatusTone, string> = {
  active: 'bg-blue-50 text-blue-800 ring-blue-200',
  queued: 'bg-slate-100 text-slate-700 ring-slate-300',
  success: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  warning: 'bg-amber-50 text-amber-900 ring-amber-300',
  danger: 'bg-red-50 text-red-800 ring-red-200',
  neutral: 'bg-slate-100 text-slate-600 ring-slate-300',
};

export function StatusBadge({ status }: { status: StatusDescription }) {
  return (
    <span
      className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status.tone]}`}
    >
      {status.label}
    </span>
  );
}
