import { useRef, useState } from 'react';

export type JobProgress = { label: string; done: number; total: number };
export type JobMessage = { tone: 'ok' | 'error'; text: string } | null;

/**
 * One running download or upload at a time: its progress, a cancel, and the message left when it
 * ends. `run` receives an AbortSignal and a progress setter.
 */
export function useTransferJob() {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [message, setMessage] = useState<JobMessage>(null);
  const controller = useRef<AbortController | null>(null);

  async function run(task: (signal: AbortSignal, report: (p: JobProgress) => void) => Promise<JobMessage>) {
    controller.current?.abort();
    const ac = new AbortController();
    controller.current = ac;
    setMessage(null);
    try {
      setMessage(await task(ac.signal, setProgress));
    } catch (err) {
      if (ac.signal.aborted) setMessage({ tone: 'ok', text: 'Cancelled.' });
      else throw err;
    } finally {
      if (controller.current === ac) controller.current = null;
      setProgress(null);
    }
  }

  return {
    progress,
    message,
    setMessage,
    busy: progress !== null,
    run,
    cancel: () => controller.current?.abort(),
  };
}
