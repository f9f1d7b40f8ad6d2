// Edit label and deadline of a running task (the only fields Transfer lets change: docs/protocol/tasks.md#updating-a-task).
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useUpdateTask } from '@/features/activity/api/task-actions';
import { Modal } from '@/components/ui/modal';
import { describeFailure } from '@/lib/globus/describe-failure';
import { DeadlineField } from '@/components/ui/deadline-field';
import { deadlineFromInput, toDateTimeLocal } from '@/lib/format/deadline';
import type { Task } from '@/lib/globus/task';

export function EditTaskDialog({ task, onClose }: { task: Task; onClose: () => void }) {
  const update = useUpdateTask(task.task_id);
  const [label, setLabel] = useState(task.label ?? '');
  const [deadline, setDeadline] = useState(toDateTimeLocal(task.deadline));
  const submit = () => {
    const changes: { label?: string; deadline?: string } = {};
    if (label !== (task.label ?? '')) changes.label = label;
    const newDeadline = deadline !== toDateTimeLocal(task.deadline) ? deadlineFromInput(deadline) : undefined;
    if (newDeadline) changes.deadline = newDeadline;
    if (!Object.keys(changes).length) return onClose();
    update.mutate(changes, { onSuccess: onClose });
  };
  return (
    <Modal
      title="Edit task"
      onClose={onClose}
      onSubmit={submit}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save'}
          </Button>
        </>
      }
    >
      <div className="flex flex-col gap-3">
        <label className="flex flex-col gap-1">
          <span>Label</span>
          <input
            data-autofocus
            className="h-8 rounded border border-slate-300 px-2"
            value={label}
            maxLength={128}
            onChange={(e) => setLabel(e.target.value)}
          />
        </label>
        <DeadlineField className="h-8 rounded border border-slate-300 px-2" value={deadline} onChange={setDeadline} />
        {update.isError ? (
          <p role="alert" className="text-red-700">
            {describeFailure(update.error, 'task').detail}
          </p>
        ) : null}
      </div>
    </Modal>
  );
}
