import { useRef, useState } from 'react';
import { NetworkError } from '@/lib/globus/errors';
import { useServices } from '@/components/services/services-context';
import {
  prepareSubmission,
  resendPending,
  type PendingSubmission,
  type SubmittedTask,
  type TaskMeta,
} from '@/features/file-manager/api/submit-task';
import type { DeleteSubmission, TransferSubmission } from '@/lib/globus/transfer-types';

/**
 * A dialog's submit button. While an earlier send has no known outcome (the connection failed),
 * "submit" re-sends that same request and submission id instead of creating a second task.
 */
export function useSubmission(onSubmitted: (task: SubmittedTask) => void) {
  const { http } = useServices();
  const unanswered = useRef<PendingSubmission | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Shown on the button ("Send again"): kept as state, since the ref alone would not re-render.
  const [resending, setResending] = useState(false);

  const submit = async (meta: TaskMeta, build: (id: string) => TransferSubmission | DeleteSubmission) => {
    setBusy(true);
    setError(null);
    try {
      const pending = unanswered.current ?? (await prepareSubmission(http, meta, build));
      unanswered.current = pending;
      const task = await resendPending(http, pending);
      unanswered.current = null;
      setResending(false);
      onSubmitted(task);
      return true;
    } catch (err) {
      if (!(err instanceof NetworkError)) unanswered.current = null;
      setResending(unanswered.current !== null);
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { submit, busy, error, resending };
}
