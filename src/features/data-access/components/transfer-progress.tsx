import { Button } from '@/components/ui/button';
import type { JobProgress } from '@/features/data-access/hooks/use-transfer-job';

const percentOf = (p: JobProgress) => (p.total > 0 ? Math.min(100, Math.floor((p.done / p.total) * 100)) : null);

/** A labelled determinate bar (or "unknown" without a size) with a Cancel button. */
export function TransferProgress({ progress, onCancel }: { progress: JobProgress; onCancel: () => void }) {
  const percent = percentOf(progress);
  return (
    <div className="flex w-72 max-w-full items-center gap-2">
      <div className="min-w-0 flex-1">
        <div className="truncate text-xs text-slate-700">
          {progress.label}
          {percent === null ? '' : ` — ${percent}%`}
        </div>
        <div
          role="progressbar"
          aria-label={progress.label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          aria-valuetext={percent === null ? 'Progress unknown' : `${percent}%`}
          className="h-1.5 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div className="h-full bg-blue-700 transition-[width]" style={{ width: `${percent ?? 0}%` }} />
        </div>
      </div>
      <Button size="sm" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
