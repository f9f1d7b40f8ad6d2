// Pause, resume or cancel other people's tasks as an administrator. Pause and cancel carry a message that
// Globus shows the task owners; a refusal keeps the dialog and the typed message.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { DialogError, Modal } from '@/components/ui/modal';
import { useAdminAction, type AdminAction, type AdminActionResult } from '@/features/console/api/admin-actions';
import { describeRoleError } from '@/lib/globus/describe-role-error';

const TEXT: Record<AdminAction, { title: string; verb: string; busy: string; explain: string }> = {
  pause: {
    title: 'Pause tasks',
    verb: 'Pause',
    busy: 'Pausing…',
    explain: 'The tasks stop moving data until an administrator resumes them. Nothing is lost.',
  },
  resume: {
    title: 'Resume tasks',
    verb: 'Resume',
    busy: 'Resuming…',
    explain: 'Tasks paused by an administrator continue. Tasks held by a pause rule stay paused until the rule goes.',
  },
  cancel: {
    title: 'Cancel tasks',
    verb: 'Cancel tasks',
    busy: 'Cancelling…',
    explain:
      'The tasks stop for good; files already copied stay. Tasks that finish before the cancel reaches them are left as they are.',
  },
};

export function AdminActionDialog({
  action,
  taskIds,
  onClose,
  onDone,
}: {
  action: AdminAction;
  taskIds: string[];
  onClose: () => void;
  onDone: (result: AdminActionResult) => void;
}) {
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);
  const run = useAdminAction();
  const text = TEXT[action];
  const needsMessage = action !== 'resume';
  const error = run.isError
    ? describeRoleError(run.error, {
        roles: ['administrator', 'activity_manager'],
        on: 'the endpoints of these tasks',
      })
    : null;

  const submit = () => {
    if (needsMessage && !message.trim()) {
      setMissing(true);
      return;
    }
    run.mutate({ action, taskIds, message: message.trim() }, { onSuccess: onDone });
  };

  return (
    <Modal
      title={`${text.title} (${taskIds.length})`}
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <Button
            type="submit"
            variant="primary"
            disabled={run.isPending}
            className={action === 'cancel' ? '!border-red-700 !bg-red-700' : ''}
          >
            {run.isPending ? text.busy : text.verb}
          </Button>
        </>
      }
    >
      <p>{text.explain}</p>
      {needsMessage ? (
        <label className="mt-3 block">
          <span className="font-medium">Message to the task owners</span>
          <textarea
            data-autofocus
            value={message}
            onChange={(e) => {
              setMessage(e.target.value);
              setMissing(false);
            }}
            rows={3}
            aria-required="true"
            aria-invalid={missing}
            aria-describedby={missing ? 'admin-message-missing' : undefined}
            className="mt-1 block w-full rounded border border-slate-300 p-2 text-sm"
          />
        </label>
      ) : null}
      {missing ? (
        <p id="admin-message-missing" role="alert" className="mt-1 text-red-700">
          Write a message: Globus shows it to the owners of the tasks.
        </p>
      ) : null}
      {error ? <DialogError title={error.title} detail={error.detail} /> : null}
    </Modal>
  );
}
