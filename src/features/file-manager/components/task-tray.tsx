import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { useWatchedTask, type WatchedTask } from '@/components/tasks/use-watched-task';
import { describeError } from '@/lib/globus/describe-error';
import { isFinished } from '@/lib/globus/task-status';
import { paths } from '@/lib/routes/paths';
import { lsKeys } from '@/features/file-manager/api/ls-keys';
import type { SubmittedTask } from '@/features/file-manager/api/submit-task';
import { trayTaskName } from '@/features/file-manager/lib/tray-text';

function statusText(task: SubmittedTask, { task: t, missing, error }: WatchedTask): string {
  if (missing) return 'status unavailable: not found for this identity';
  if (!t)
    return error
      ? `status unavailable: ${describeError(error).title}`
      : task.duplicate
        ? 'already submitted'
        : 'submitted';
  if (t.status === 'SUCCEEDED') return 'succeeded';
  if (t.status === 'FAILED') return `failed${t.fatal_error ? `: ${t.fatal_error.description}` : ''}`;
  if (t.status === 'INACTIVE') return 'paused, needs attention';
  const files = t.files ? `${t.files_transferred ?? 0} of ${t.files} files` : 'queued';
  return `in progress, ${files}`;
}

function TrayRow({ task, onDismiss }: { task: SubmittedTask; onDismiss: () => void }) {
  // Followed through the page's one task poll (shared with the activity notifications).
  const watched = useWatchedTask(task.taskId);
  const qc = useQueryClient();
  const refreshed = useRef(false);
  const done = isFinished(watched.task);
  // When the task ends, the folders it wrote to (or deleted from) are listed again.
  useEffect(() => {
    if (!done || refreshed.current) return;
    refreshed.current = true;
    for (const r of task.refresh) void qc.invalidateQueries({ queryKey: lsKeys.collection(r.collectionId) });
  }, [done, qc, task.refresh]);
  const text = statusText(task, watched);
  return (
    <li className="flex items-center gap-2 px-2 py-1 text-xs">
      <span className="min-w-0 flex-1 truncate">
        <span className="font-medium">{trayTaskName(task.kind, task.label)}</span>: {text}
      </span>
      <a className="text-blue-800 underline" href={paths.task(task.taskId)}>
        View task
      </a>
      {done || watched.missing || (watched.error && !watched.task) ? (
        <Button size="sm" variant="ghost" onClick={onDismiss} aria-label={`Dismiss ${task.label}`}>
          ×
        </Button>
      ) : null}
    </li>
  );
}

/** A compact list of tasks submitted here; the polite live region announces each change. */
export function TaskTray({
  tasks,
  onDismiss,
  note,
}: {
  tasks: SubmittedTask[];
  onDismiss: (id: string) => void;
  note: string | null;
}) {
  return (
    <section
      aria-label="Tasks started here"
      className={tasks.length || note ? 'border-t border-slate-300 bg-white' : 'sr-only'}
    >
      {/* The live region wraps the list: a list element cannot take the status role itself. */}
      <div role="status" aria-live="polite" className="max-h-28 overflow-auto">
        <ul>
          {tasks.map((t) => (
            <TrayRow key={t.taskId} task={t} onDismiss={() => onDismiss(t.taskId)} />
          ))}
        </ul>
      </div>
      {note ? <p className="px-2 py-1 text-xs text-amber-800">{note}</p> : null}
    </section>
  );
}
