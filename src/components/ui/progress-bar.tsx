// The one progress bar: a labelled role=progressbar with its value read out. When the total is not
// known there is no fraction to show, so the bar is indeterminate: a short segment sliding along the track
// while work is known to be under way, an empty track otherwise.
import { formatPercent } from '@/lib/format/numbers';

export type ProgressTone = 'active' | 'queued' | 'success' | 'warning' | 'danger' | 'neutral';

const TONES: Record<ProgressTone, string> = {
  active: 'bg-blue-600',
  queued: 'bg-slate-400',
  success: 'bg-emerald-600',
  warning: 'bg-amber-500',
  danger: 'bg-red-600',
  neutral: 'bg-slate-400',
};

type Props = {
  /** The accessible name, e.g. "Downloading report.csv". */
  label: string;
  /** Work done, in units of `max`; null when nothing measurable is known. */
  value: number | null;
  /** The total, 100 by default; 0 (or less) means the total is unknown. */
  max?: number;
  /** Read out instead of the percentage, e.g. "1.20 GB transferred" while no percentage exists. */
  valueText?: string;
  /** Without a fraction, whether the work is under way (a moving bar) or not (an empty track). */
  busy?: boolean;
  tone?: ProgressTone;
};

/** 0–100, or null when there is no fraction to show. */
export function progressPercent(value: number | null, max = 100): number | null {
  if (value == null || !Number.isFinite(value) || !(max > 0)) return null;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

export function ProgressBar({ label, value, max = 100, valueText, busy = false, tone = 'active' }: Props) {
  const percent = progressPercent(value, max);
  const indeterminate = percent == null;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={indeterminate ? undefined : Math.floor(percent)}
      aria-valuetext={valueText ?? (indeterminate ? 'Progress unknown' : formatPercent(percent))}
      data-indeterminate={indeterminate && busy ? '' : undefined}
      className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
    >
      {!indeterminate ? (
        // Scaled rather than resized (no layout), and stepped rather than animated: a queue of thousands of files
        // updates its bars several times a second, and animating each step redraws the page on every frame for as
        // long as a copy runs (without a GPU, about a third of a core, taken from the copy itself).
        <div className={`h-full w-full origin-left ${TONES[tone]}`} style={{ transform: `scaleX(${percent / 100})` }} />
      ) : busy ? (
        // A short segment sliding along the track: a full bar would read as done (or, in red, as failed).
        <div data-part="slider" className={`progress-slide h-full w-1/4 rounded-full opacity-70 ${TONES[tone]}`} />
      ) : null}
    </div>
  );
}
