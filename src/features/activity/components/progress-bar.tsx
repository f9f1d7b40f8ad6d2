import type { StatusTone } from '@/features/activity/model/task-status';
import { BAR_TONES } from '@/features/activity/components/status-badge';

/** A determinate bar when a percentage is known, otherwise an empty track announced as unknown. */
export function ProgressBar({ percent, tone, label }: { percent: number | null; tone: StatusTone; label: string }) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent == null ? undefined : Math.floor(percent)}
      aria-valuetext={percent == null ? 'Progress unknown' : undefined}
      className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      {percent != null ? <div className={`h-full ${BAR_TONES[tone]}`} style={{ width: `${percent}%` }} /> : null}
    </div>
  );
}
