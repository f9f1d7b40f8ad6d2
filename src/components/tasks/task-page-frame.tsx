// The frame both task pages share (the owner's `#/activity/<id>` and the administrator's console page): the
// link back, the loading and failure states, and the header with the task's name, route and status.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';

export type TaskBack = { to: string; label: string };

function BackLink({ back }: { back: TaskBack }) {
  return (
    <Link to={back.to} className="text-xs text-blue-800 hover:underline">
      ← {back.label}
    </Link>
  );
}

export function TaskPageLoading({ back }: { back: TaskBack }) {
  return (
    <div className="p-4">
      <BackLink back={back} />
      <p role="status" className="mt-2 text-sm">
        Loading task…
      </p>
    </div>
  );
}

/** The task could not be loaded: why, the id asked for, and Try again where trying again can help. */
export function TaskPageFailure({
  back,
  taskId,
  title,
  detail,
  onRetry,
}: {
  back: TaskBack;
  taskId: string;
  title: string;
  detail: string;
  onRetry?: () => void;
}) {
  return (
    <div className="flex flex-col gap-2 p-4">
      <BackLink back={back} />
      <MessagePanel
        role="alert"
        tone="error"
        title={title}
        actions={onRetry ? <Button onClick={onRetry}>Try again</Button> : undefined}
      >
        <p className="whitespace-pre-line">{detail}</p>
        <p className="mt-1 text-xs text-slate-600">
          Task id: <code>{taskId}</code>
        </p>
      </MessagePanel>
    </div>
  );
}

/** A loaded task: the page, its header (name, where from and to, the status row), then the page's own sections. */
export function TaskPage({
  back,
  name,
  route,
  status,
  children,
}: {
  back: TaskBack;
  name: string;
  route: ReactNode;
  status: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-3 overflow-auto p-3">
      <BackLink back={back} />
      <header className="flex flex-col gap-1">
        <h1 className="text-lg font-semibold text-slate-900">{name}</h1>
        <p className="text-xs text-slate-600">{route}</p>
        <div className="flex flex-wrap items-center gap-2 text-sm">{status}</div>
      </header>
      {children}
    </div>
  );
}
