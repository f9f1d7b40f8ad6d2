// Confirms a cancel, then shows Globus's answer (result code and message) before closing.
import { Button } from '@/components/ui/button';
import { useCancelTask } from '@/features/activity/api/task-actions';
import { Modal } from '@/components/ui/modal';
import { describeFailure } from '@/lib/globus/describe-failure';

export function CancelDialog({ taskId, name, onClose }: { taskId: string; name: string; onClose: () => void }) {
  const cancel = useCancelTask(taskId);
  const done = cancel.isSuccess;
  return (
    <Modal
      title="Cancel this task?"
      onClose={onClose}
      footer={
        done ? (
          <Button variant="primary" onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            {/* The safe choice has the focus, so Enter does not cancel the task. */}
            <Button onClick={onClose} data-autofocus>
              Keep running
            </Button>
            <Button
              variant="primary"
              className="!bg-red-700 !border-red-700"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate()}
            >
              {cancel.isPending ? 'Cancelling…' : 'Cancel task'}
            </Button>
          </>
        )
      }
    >
      {done ? (
        <div role="status">
          <p>
            Globus answered <strong>{cancel.data.code}</strong>
            {cancel.data.message ? `: ${cancel.data.message}` : '.'}
          </p>
          {cancel.data.code === 'CancelAccepted' ? (
            <p className="mt-1">Cancellation is in progress; the status updates shortly.</p>
          ) : null}
        </div>
      ) : (
        <>
          <p>“{name}” stops now. Files already copied stay at the destination; nothing is rolled back.</p>
          {cancel.isError ? (
            <p role="alert" className="mt-2 text-red-700">
              {describeFailure(cancel.error, 'task').title}: {describeFailure(cancel.error, 'task').detail}
            </p>
          ) : null}
        </>
      )}
    </Modal>
  );
}
