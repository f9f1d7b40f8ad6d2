import type { StatusTone } from '@/features/activity/model/task-status';
import { BAR_TONES } from '@/features/activity/components/status-badge';

type Props = {
  percent: number | null;
  tone: StatusTone;
  label: string;
  /** Work is moving but has no percentage (a few large files): a pulsing bar, with this text read out. */
  indeterminate?: string;
};

/** A determinate bar when a percentage is known; a moving one while bytes flow; else an empty track. */
export function ProgressBar({ percent, tone, label, indeterminate }: Props) {
  const valueText = percent != null ? undefined : (indeterminate ?? 'Progress unknown');
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent == null ? undefined : Math.floor(percent)}
      aria-valuetext={valueText}
      data-indeterminate={percent == null && indeterminate ? '' : undefined}
      className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      {percent != null ? (
        <div className={`h-full ${BAR_TONES[tone]}`} style={{ width: `${percent}%` }} />
      ) : indeterminate ? (
        <div className={`h-full w-full opacity-60 motion-safe:animate-pulse ${BAR_TONES[tone]}`} />
      ) : null}
    </div>
  );
}
