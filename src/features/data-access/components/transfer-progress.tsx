import { Button } from '@/components/ui/button';
import { ProgressBar, progressPercent } from '@/components/ui/progress-bar';
import { formatPercent } from '@/lib/format/numbers';
import type { JobProgress } from '@/features/data-access/hooks/use-transfer-job';

/** A labelled bar (indeterminate without a size) with a Cancel button. */
export function TransferProgress({ progress, onCancel }: { progress: JobProgress; onCancel: () => void }) {
  const percent = progressPercent(progress.done, progress.total);
  return (
    <div className="flex w-72 max-w-full items-center gap-2">
      <div className="min-w-0 flex-1">
        <div className="truncate text-xs text-slate-700">
          {progress.label}
          {percent === null ? '' : ` — ${formatPercent(percent)}`}
        </div>
        <ProgressBar label={progress.label} value={progress.done} max={progress.total} busy />
      </div>
      <Button size="sm" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
