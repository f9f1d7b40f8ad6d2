// Confirms a cancel, then shows Globus's answer (result code and message) before closing.
import { Button } from '@/components/ui/button';
import { useCancelTask } from '@/features/activity/api/task-actions';
import { Dialog } from '@/components/ui/dialog';
import { describeFailure } from '@/lib/globus/describe-failure';

export function CancelDialog({ taskId, name, onClose }: { taskId: string; name: string; onClose: () => void }) {
  const cancel = useCancelTask(taskId);
  return (
    <Dialog title="Cancel this task?" onClose={onClose}>
      {cancel.isSuccess ? (
        <div role="status">
          <p>
            Globus answered <strong>{cancel.data.code}</strong>
            {cancel.data.message ? `: ${cancel.data.message}` : '.'}
          </p>
          {cancel.data.code === 'CancelAccepted' ? <p className="mt-1">Cancellation is in progress; the status updates shortly.</p> : null}
          <div className="mt-4 flex justify-end">
            <Button variant="primary" onClick={onClose}>Close</Button>
          </div>
        </div>
      ) : (
        <>
          <p>
            “{name}” stops now. Files already copied stay at the destination; nothing is rolled back.
          </p>
          {cancel.isError ? (
            <p role="alert" className="mt-2 text-red-700">
              {describeFailure(cancel.error, 'task').title}: {describeFailure(cancel.error, 'task').detail}
            </p>
          ) : null}
          <div className="mt-4 flex justify-end gap-2">
            <Button onClick={onClose}>Keep running</Button>
            <Button variant="primary" className="!bg-red-700 !border-red-700" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
              {cancel.isPending ? 'Cancelling…' : 'Cancel task'}
            </Button>
          </div>
        </>
      )}
    </Dialog>
  );
}
