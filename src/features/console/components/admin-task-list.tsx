// Tasks on the endpoints I monitor: filtered by Transfer (and by type and label here), paged with last_key,
// with bulk administrator pause, resume and cancel. A refusal names the role that is missing.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button } from '@/components/ui/button';
import { MessagePanel } from '@/components/ui/message-panel';
import { useServices } from '@/components/services/services-context';
import { useAdminTaskList } from '@/features/console/api/admin-tasks';
import type { AdminAction } from '@/features/console/api/admin-actions';
import { AdminActionDialog } from '@/features/console/components/admin-action-dialog';
import { AdminCancelProgress } from '@/features/console/components/admin-cancel-progress';
import { AdminStatusBadge, endpointsText } from '@/features/console/components/admin-status';
import { matchesLocally, toManagerQuery, type ConsoleFilters } from '@/features/console/model/task-filters';
import type { AdminCancel } from '@/lib/globus/endpoint-manager';
import { describeRoleError } from '@/lib/globus/describe-role-error';
import { formatDateTime } from '@/lib/format/dates';
import { identitiesQuery } from '@/lib/queries/identities';
import { isFinished } from '@/lib/globus/task-status';
import { routeTo } from '@/lib/routes/paths';

function useOwnerId(owner: string) {
  const { http } = useServices();
  const name = owner.trim().toLowerCase();
  const q = useQuery({ ...identitiesQuery(http, { usernames: [name] }), enabled: !!name });
  return { pending: !!name && q.isPending, error: q.error, id: name ? q.data?.identities[0]?.id : undefined };
}

export function AdminTaskList({ filters }: { filters: ConsoleFilters }) {
  const owner = useOwnerId(filters.owner);
  const unknownOwner = !!filters.owner.trim() && !owner.pending && !owner.error && !owner.id;
  if (owner.pending) return <p role="status">Looking up {filters.owner}…</p>;
  if (unknownOwner || owner.error)
    return (
      <MessagePanel role="alert" tone="warning" title="Unknown owner">
        <p>
          Globus knows no identity named “{filters.owner}”. Check the spelling (a full username such as
          alice@example.org), then apply the filters again.
        </p>
      </MessagePanel>
    );
  return <TaskTable filters={filters} ownerId={owner.id} />;
}

function TaskTable({ filters, ownerId }: { filters: ConsoleFilters; ownerId: string | undefined }) {
  const list = useAdminTaskList(toManagerQuery(filters, ownerId));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<AdminAction | null>(null);
  const [cancels, setCancels] = useState<AdminCancel[]>([]);
  const all = list.data?.pages.flatMap((p) => p.DATA) ?? [];
  const tasks = all.filter((t) => matchesLocally(t, filters));
  const selectable = tasks.filter((t) => !isFinished(t));
  const chosen = [...selected].filter((id) => tasks.some((t) => t.task_id === id));

  if (list.isPending) return <p role="status">Loading tasks…</p>;
  if (list.isError && !list.data) {
    const e = describeRoleError(list.error, {
      roles: ['administrator', 'activity_manager', 'activity_monitor'],
      on: filters.endpoint ? 'this endpoint' : 'the endpoints of these tasks',
    });
    return (
      <MessagePanel
        role="alert"
        tone="error"
        title={e.title}
        actions={<Button onClick={() => void list.refetch()}>Try again</Button>}
      >
        <p className="whitespace-pre-line">{e.detail}</p>
      </MessagePanel>
    );
  }

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const allChosen = selectable.length > 0 && selectable.every((t) => selected.has(t.task_id));

  return (
    <div className="flex flex-col gap-2">
      {cancels.map((c) => (
        <AdminCancelProgress
          key={String(c.id)}
          cancel={c}
          onDismiss={() => setCancels((cs) => cs.filter((x) => x.id !== c.id))}
        />
      ))}
      <div role="toolbar" aria-label="Actions on selected tasks" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-slate-700">{chosen.length} selected</span>
        <Button size="sm" disabled={!chosen.length} onClick={() => setAction('pause')}>
          Pause…
        </Button>
        <Button size="sm" disabled={!chosen.length} onClick={() => setAction('resume')}>
          Resume…
        </Button>
        <Button size="sm" disabled={!chosen.length} onClick={() => setAction('cancel')}>
          Cancel…
        </Button>
        <Button size="sm" variant="ghost" onClick={() => void list.refetch()}>
          Refresh
        </Button>
        {filters.type || filters.label ? (
          <span className="text-xs text-slate-600">
            Type and label are matched among the {all.length} tasks loaded so far.
          </span>
        ) : null}
      </div>
      {tasks.length === 0 ? (
        <p role="status" className="rounded-md border border-slate-200 bg-white p-3 text-sm">
          No task on the endpoints you monitor matches these filters.
        </p>
      ) : (
        <table className="w-full border-collapse rounded-md bg-white text-left text-xs">
          <caption className="sr-only">Tasks on the endpoints you monitor</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="p-2">
                <input
                  type="checkbox"
                  aria-label="Select all running tasks shown"
                  checked={allChosen}
                  disabled={!selectable.length}
                  onChange={(e) =>
                    setSelected(e.target.checked ? new Set(selectable.map((t) => t.task_id)) : new Set())
                  }
                />
              </th>
              <th scope="col" className="p-2">
                Task
              </th>
              <th scope="col" className="p-2">
                Owner
              </th>
              <th scope="col" className="p-2">
                Endpoints
              </th>
              <th scope="col" className="p-2">
                Status
              </th>
              <th scope="col" className="p-2">
                Requested
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((t) => {
              const name = t.label || `Task ${t.task_id.slice(0, 8)}`;
              return (
                <tr key={t.task_id} className="border-b border-slate-100">
                  <td className="p-2">
                    <input
                      type="checkbox"
                      aria-label={`Select ${name}`}
                      checked={selected.has(t.task_id)}
                      disabled={isFinished(t)}
                      onChange={(e) => toggle(t.task_id, e.target.checked)}
                    />
                  </td>
                  <td className="p-2">
                    <Link to={routeTo.consoleTask(t.task_id)} className="text-blue-800 hover:underline">
                      {name}
                    </Link>
                    <span className="ml-1 text-slate-500">{t.type === 'DELETE' ? 'Delete' : 'Transfer'}</span>
                  </td>
                  <td className="p-2">{t.owner_string ?? t.owner_id ?? '—'}</td>
                  <td className="p-2">{endpointsText(t)}</td>
                  <td className="p-2">
                    <AdminStatusBadge task={t} />
                  </td>
                  <td className="p-2">{formatDateTime(t.request_time)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {list.isError ? (
        <p role="alert" className="text-xs text-red-700">
          Could not refresh:{' '}
          {describeRoleError(list.error, { roles: ['activity_monitor'], on: 'these endpoints' }).detail}
        </p>
      ) : null}
      {list.hasNextPage ? (
        <Button
          size="sm"
          className="self-start"
          disabled={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        >
          {list.isFetchingNextPage ? 'Loading more…' : 'Load more tasks'}
        </Button>
      ) : null}
      {action ? (
        <AdminActionDialog
          action={action}
          taskIds={chosen}
          onClose={() => setAction(null)}
          onDone={(r) => {
            setAction(null);
            setSelected(new Set());
            const c = r.cancel;
            if (c) setCancels((cs) => [...cs, c]);
          }}
        />
      ) : null}
    </div>
  );
}
